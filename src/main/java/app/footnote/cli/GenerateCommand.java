package app.footnote.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.footnote.bank.BankArticle;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankWriter;
import app.footnote.bank.generate.ArticleFiles;
import app.footnote.bank.generate.GenerateQuestions;
import app.footnote.bank.generate.Generation;

/** {@code generate [--out FILE] ARTICLE...}: draft questions from article files, in the bank's format. */
final class GenerateCommand {

    static final String USAGE = "generate [--out FILE] ARTICLE.txt...   draft questions from articles";

    private GenerateCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
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
            problems.forEach(err::println);
            return 1;
        }
        Generation generation = new GenerateQuestions().generate(articles);
        String yaml = "# Drafts written by `generate` from " + files.size() + " article(s). Review each one, then remove\n"
                + "# its 'draft: true' line to put it in play.\n" + new BankWriter().write(generation.questions());
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
        if (!generation.conflicts().isEmpty()) {
            err.println("Articles disagree (" + generation.conflicts().size() + "):");
            generation.conflicts().forEach(line -> err.println("  " + line));
        }
        if (!generation.skipped().isEmpty()) {
            err.println("Left out (" + generation.skipped().size() + "):");
            generation.skipped().forEach(line -> err.println("  " + line));
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
