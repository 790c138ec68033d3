package app.footnote.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.footnote.bank.Bank;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankReader;
import app.footnote.bank.BankWriter;
import app.footnote.bank.InvalidBankException;
import app.footnote.bank.ProblemReport;
import app.footnote.bank.generate.ArticleFiles;
import app.footnote.bank.generate.FactLabels;
import app.footnote.bank.generate.GenerateQuestions;
import app.footnote.bank.generate.Generation;
import app.footnote.bank.generate.MergeIntoBank;
import app.footnote.bank.generate.QualityReport;

/**
 * {@code generate [--out FILE] ARTICLE...}: draft questions from article files, in the bank's format;
 * {@code generate report [DIR]}: the generator measured against the hand-labelled facts of the bank's articles;
 * {@code generate merge [DIR]}: the bank's articles' drafts added to the bank.
 */
final class GenerateCommand {

    static final String USAGE = String.join("\n",
            "generate [--out FILE] ARTICLE.txt...   draft questions from articles (front matter or index.yaml)",
            "  generate report [DIR] [--labels FILE]  recall, and every question to read, on a folder of articles and"
                    + " its labelled facts",
            "                                         (DIR/labels.yaml or DIR/labels/facts.yaml; default: questions)",
            "  generate merge [DIR]                   add new drafts from DIR/articles to DIR/generated.yaml");

    private GenerateCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("report")) {
            return report(args.subList(1, args.size()), out, err);
        }
        if (!args.isEmpty() && args.get(0).equals("merge")) {
            return merge(args.subList(1, args.size()), out, err);
        }
        Path target = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size()) {
                target = Path.of(args.get(++i));
            } else if (args.get(i).startsWith("-")) {
                return FootnoteCli.usage(err);
            } else {
                files.add(Path.of(args.get(i)));
            }
        }
        if (files.isEmpty()) {
            return FootnoteCli.usage(err);
        }
        List<BankProblem> problems = new ArrayList<>();
        List<BankArticle> articles = new ArticleFiles().read(files, problems);
        if (!problems.isEmpty()) {
            err.println(ProblemReport.of(problems).lines());
            return 1;
        }
        Generation generation = new GenerateQuestions(err::println).generate(articles);
        String yaml = "# Drafts written by `generate` from " + files.size() + " article(s). Review each one, then"
                + " remove\n# its 'draft: true' line to put it in play.\n"
                + new BankWriter().write(generation.questions());
        if (target == null) {
            out.print(yaml);
        } else {
            try {
                FootnoteCli.writeAtomically(target, yaml);
            } catch (IOException e) {
                err.println("cannot write " + target + ": " + e.getMessage());
                return 1;
            }
        }
        report(generation, err);
        return 0;
    }

    /** What the generator found, left out and could not reconcile, on the error stream so the YAML stays clean. */
    static void report(Generation generation, PrintStream err) {
        err.println(generation.questions().size() + " draft question(s) from " + generation.facts() + " fact(s).");
        err.print(Generation.describe(generation.conflicts(), generation.skipped()));
    }

    private static int report(List<String> args, PrintStream out, PrintStream err) {
        Path dir = null;
        Path labels = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--labels") && i + 1 < args.size()) {
                labels = Path.of(args.get(++i));
            } else if (args.get(i).startsWith("-") || dir != null) {
                return FootnoteCli.usage(err);
            } else {
                dir = Path.of(args.get(i));
            }
        }
        Path bankDir = dir != null ? dir : Path.of("questions");
        // A folder of articles with its labels beside them, or a bank with articles/ and labels/ under it.
        boolean bank = Files.isDirectory(bankDir.resolve(BankReader.ARTICLES_DIR));
        Path articleDir = bank ? bankDir.resolve(BankReader.ARTICLES_DIR) : bankDir;
        Path labelFile = labels != null ? labels
                : bank ? bankDir.resolve("labels").resolve("facts.yaml") : bankDir.resolve("labels.yaml");
        List<BankProblem> problems = new ArrayList<>();
        List<BankArticle> articles = new BankReader().readArticles(articleDir, problems);
        if (!problems.isEmpty()) {
            err.println(ProblemReport.of(problems).lines());
            return 1;
        }
        try {
            List<FactLabels.Label> facts = FactLabels.read(labelFile);
            QualityReport report = QualityReport.measure(new GenerateQuestions(err::println).generate(articles),
                    facts);
            out.print(report.describe());
            return report.meetsTargets() ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read the labels: " + e.getMessage());
            return 1;
        }
    }

    private static int merge(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1 || !args.isEmpty() && args.get(0).startsWith("-")) {
            return FootnoteCli.usage(err);
        }
        Path dir = Path.of(args.isEmpty() ? "questions" : args.get(0));
        Bank bank = new BankReader().read(dir);
        Generation generation = new GenerateQuestions(err::println).generate(bank.articles());
        Path target = dir.resolve(MergeIntoBank.GENERATED_FILE);
        try {
            String existing = Files.isRegularFile(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
            MergeIntoBank.Merged merged = new MergeIntoBank().merge(bank, generation.questions(), existing);
            if (!merged.added().isEmpty()) {
                FootnoteCli.writeAtomically(target, merged.text());
            }
            out.println("Added " + merged.added().size() + " draft(s) to " + target + ":");
            merged.added().forEach(q -> out.println("  " + q.id()));
            out.println("Skipped " + merged.skipped().size() + ":");
            merged.skipped().forEach(line -> out.println("  " + line));
            report(generation, err);
            return 0;
        } catch (InvalidBankException e) {
            err.println(e.report().lines());
            err.println("The bank has " + e.report().total() + " problem(s); fix them before merging.");
            return 1;
        } catch (IOException e) {
            err.println("cannot write " + target + ": " + e.getMessage() + "; the bank is unchanged");
            return 1;
        }
    }
}
