package app.footnote.bank.generate;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.error.YAMLException;

import app.footnote.bank.BankArticle;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankReader;
import app.footnote.bank.BankYaml;

/**
 * Reads article files for the generator. An article's title, outlet and date come from front matter at the top of
 * the file ({@code ---}, {@code title:}, {@code outlet:}, {@code published:}, {@code ---}) or else from the
 * {@code index.yaml} beside it, as in the bank's {@code questions/articles/}; without either, its title is its file
 * name. The id is the file name without {@code .txt}.
 */
public final class ArticleFiles {

    private static final String FENCE = "---";

    /** Reads the files, adding to {@code problems} each one that cannot be read or is too long to read. */
    public List<BankArticle> read(List<Path> files, List<BankProblem> problems) {
        List<BankArticle> articles = new ArrayList<>();
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.length() > GenerateQuestions.MAX_ARTICLE_CHARS) {
                    problems.add(new BankProblem(file.toString(), 1, null, null, "is " + text.length()
                            + " characters; an article is at most " + GenerateQuestions.MAX_ARTICLE_CHARS));
                    continue;
                }
                articles.add(withFrontMatter(id, text, file.toString(), problems)
                        .orElseGet(() -> fromIndex(file, id, text)));
            } catch (CharacterCodingException e) {
                // The decoder's own message ("Input length = 1") says nothing to whoever chose the file.
                problems.add(new BankProblem(file.toString(), 1, null, null, "is not text: it is not valid UTF-8"
                        + " (a binary file, or text saved in another encoding)"));
            } catch (IOException e) {
                problems.add(new BankProblem(file.toString(), 1, null, null, "cannot read: " + e.getMessage()));
            }
        }
        return articles;
    }

    /**
     * An article from text that may start with front matter.
     *
     * @param name what a problem calls the text
     */
    public static Optional<BankArticle> withFrontMatter(String id, String text, String name,
            List<BankProblem> problems) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!body.startsWith(FENCE + "\n") && !body.startsWith(FENCE + "\r\n")) {
            return Optional.empty();
        }
        int close = body.indexOf("\n" + FENCE, FENCE.length());
        if (close < 0) {
            problems.add(new BankProblem(name, 1, null, null, "front matter opened with --- is never closed"));
            return Optional.empty();
        }
        Map<String, Object> fields;
        try {
            Object parsed = BankYaml.load(body.substring(FENCE.length(), close));
            fields = parsed instanceof Map<?, ?> map ? cast(map) : Map.of();
        } catch (BankYaml.AliasRefusedException e) {
            // The YAML read starts on the fence's line, so its lines are the file's.
            problems.add(new BankProblem(name, e.line(), null, null, BankYaml.ALIAS_REFUSED));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(new BankProblem(name, 1, null, null, "front matter is not valid YAML: " + e.getMessage()));
            return Optional.empty();
        }
        int textStart = body.indexOf('\n', close + 1);
        String articleText = textStart < 0 ? "" : body.substring(textStart + 1);
        return Optional.of(new BankArticle(id, text(fields.get("title"), id), text(fields.get("outlet"), null),
                date(fields.get("published"), name, problems), List.of(), articleText));
    }

    private static BankArticle fromIndex(Path file, String id, String text) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && Files.isRegularFile(dir.resolve(BankReader.INDEX_FILE))) {
            List<BankProblem> ignored = new ArrayList<>();
            for (BankArticle indexed : new BankReader().readArticles(dir, ignored)) {
                if (indexed.id().equals(id)) {
                    return indexed;
                }
            }
        }
        return new BankArticle(id, id, null, null, List.of(), text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String text(Object value, String otherwise) {
        return value == null ? otherwise : value.toString().strip();
    }

    private static LocalDate date(Object value, String name, List<BankProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            problems.add(new BankProblem(name, 1, null, "published", "not a date in the form 2020-06-12"));
            return null;
        }
    }
}
