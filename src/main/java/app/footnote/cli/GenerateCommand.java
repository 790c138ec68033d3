package app.footnote.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import app.footnote.bank.generate.InvalidLabelsException;
import app.footnote.bank.generate.MergeIntoBank;
import app.footnote.bank.generate.QualityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code generate [--out FILE] ARTICLE...}: draft questions from article files, in the bank's format;
 * {@code generate report [DIR]}: the generator measured against the hand-labelled facts of the bank's articles;
 * {@code generate merge [DIR]}: the bank's articles' drafts added to the bank. What the generator found, left out and
 * could not reconcile goes to the error stream, so the YAML stays clean.
 */
@Command(name = "generate", description = "Draft questions from articles (front matter or index.yaml), in the bank's"
        + " format.", subcommands = {GenerateCommand.Report.class, GenerateCommand.Merge.class})
public class GenerateCommand extends FileCommand {

    @Option(names = "--out", paramLabel = "FILE", description = "write the drafts to FILE (default: the output)")
    Path target;

    @Parameters(paramLabel = "ARTICLE", arity = "0..*", description = "article text files")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        if (files.isEmpty()) {
            // Not arity 1..*: picocli would then ask for an article before `generate report` and `generate merge` too.
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'ARTICLE'");
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
                writeAtomically(target, yaml);
            } catch (IOException e) {
                err.println("cannot write " + target + ": " + e.getMessage());
                return 1;
            }
        }
        report(generation, err);
        return 0;
    }

    @Command(name = "report", description = {"Recall, and every question to read, on a folder of articles and its"
            + " labelled facts (DIR/labels.yaml, or DIR/labels/facts.yaml for a bank).",
            "Exit status 1 when a target is not met."})
    static class Report extends FileCommand {

        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "questions", description = "a folder of articles, or a bank (default: ${DEFAULT-VALUE})")
        Path dir;

        @Option(names = "--labels", paramLabel = "FILE", description = "the labelled facts, if not beside the articles")
        Path labels;

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            // A folder of articles with its labels beside them, or a bank with articles/ and labels/ under it.
            boolean bank = Files.isDirectory(dir.resolve(BankReader.ARTICLES_DIR));
            Path articleDir = bank ? dir.resolve(BankReader.ARTICLES_DIR) : dir;
            Path labelFile = labels != null ? labels
                    : bank ? dir.resolve("labels").resolve("facts.yaml") : dir.resolve("labels.yaml");
            List<BankProblem> problems = new ArrayList<>();
            List<BankArticle> articles = new BankReader().readArticles(articleDir, problems);
            if (!problems.isEmpty()) {
                err.println(ProblemReport.of(problems).lines());
                return 1;
            }
            try {
                List<FactLabels.Label> facts = FactLabels.read(labelFile);
                Generation generation = new GenerateQuestions(err::println).generate(articles);
                QualityReport report = QualityReport.measure(generation, facts);
                out.print(report.describe());
                out.print(Generation.describe(generation.conflicts(), generation.skipped()));
                return report.meetsTargets() ? 0 : 1;
            } catch (IOException | InvalidLabelsException e) {
                err.println("cannot read the labels: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "merge", description = "Add new drafts from DIR/articles to DIR/" + MergeIntoBank.GENERATED_FILE
            + ".")
    static class Merge extends FileCommand {

        @Mixin
        BankDirectory directory;

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            Path dir = directory.dir;
            Bank bank = new BankReader().read(dir);
            Generation generation = new GenerateQuestions(err::println).generate(bank.articles());
            Path target = dir.resolve(MergeIntoBank.GENERATED_FILE);
            try {
                String existing = Files.isRegularFile(target) ? Files.readString(target, StandardCharsets.UTF_8)
                        : null;
                MergeIntoBank.Merged merged = new MergeIntoBank().merge(bank, generation.questions(), existing);
                if (!merged.added().isEmpty()) {
                    writeAtomically(target, merged.text());
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

    private static void report(Generation generation, PrintWriter err) {
        err.println(generation.questions().size() + " draft question(s) from " + generation.facts() + " fact(s).");
        err.print(Generation.describe(generation.conflicts(), generation.skipped()));
    }

    /** Writes the file whole or not at all: a failed write leaves what was there. */
    private static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, ".footnote-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
