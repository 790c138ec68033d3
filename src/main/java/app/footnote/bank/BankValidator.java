package app.footnote.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every rule of the bank's contract (see the README's "Question bank" section), applied to a whole bank at once so
 * that one run lists every problem. Used at start-up, by {@code bank validate} and by the tests.
 */
public final class BankValidator {

    public static final int MIN_WRONG = 3;
    /** A question needs a handful of wrong choices; a round shows them all, each on a button. */
    public static final int MAX_WRONG = 10;
    /** Sources a question may cite: several articles corroborate a fact, never dozens. */
    public static final int MAX_SOURCES = 10;
    public static final int MAX_CHOICE_LENGTH = 80;
    /** Other answers a typed answer may give: a name's few short forms, never a list of guesses. */
    public static final int MAX_ACCEPTED = 10;
    public static final int MAX_PROMPT_LENGTH = 300;
    public static final int MAX_EXPLANATION_LENGTH = 1_000;
    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_CATEGORY_LENGTH = 60;
    public static final int MAX_QUOTE_LENGTH = 2_000;
    public static final int MAX_URL_LENGTH = 500;
    /** Possessive: a repeated group that may backtrack recurses once per repetition, and a long id would overflow. */
    public static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/]+\\.[^\\s]+");

    /**
     * Every problem of the bank. Each check takes time linear in what it reads (repeats are found by hashing, each
     * article is prepared once for all the quotes that cite it), so a large bad file is refused as fast as it is read.
     */
    public List<BankProblem> validate(Bank bank) {
        List<BankProblem> problems = new ArrayList<>(bank.readProblems());
        Map<String, BankArticle> articles = bank.articles().stream()
                .collect(Collectors.toMap(BankArticle::id, Function.identity(), (a, b) -> a));
        Map<String, TextMatch.Searchable> searchable = new HashMap<>();
        Map<List<String>, Set<String>> unreadable = new HashMap<>();
        bank.readProblems().stream().filter(read -> read.field() != null).forEach(read -> unreadable
                .computeIfAbsent(Arrays.asList(read.file(), read.questionId()), key -> new HashSet<>())
                .add(read.field()));
        Map<String, BankQuestion> byId = new HashMap<>();
        Map<String, BankQuestion> byPrompt = new HashMap<>();
        for (BankQuestion question : bank.questions()) {
            Check check = new Check(question, unreadable.getOrDefault(Arrays.asList(question.file(), question.id()),
                    Set.of()), problems);
            checkRequired(check);
            checkUnique(check, byId, byPrompt);
            checkFormats(check);
            checkChoices(check);
            checkAccepted(check);
            checkSources(check, articles, searchable);
            checkCharacters(check);
        }
        return problems;
    }

    private static void checkRequired(Check check) {
        BankQuestion q = check.question;
        Map<String, Object> values = new HashMap<>();
        values.put("id", q.id());
        values.put("category", q.category());
        values.put("difficulty", q.difficulty());
        values.put("prompt", q.prompt());
        values.put("answer", q.answer());
        values.put("wrong", q.wrong());
        values.put("explanation", q.explanation());
        values.put("sources", q.sources());
        BankReader.QUESTION_FIELDS.stream().sorted().forEach(field -> {
            Object value = values.get(field);
            if (value == null || (value instanceof String text && text.isBlank())) {
                check.problem(field, "is required");
            }
        });
    }

    private static void checkUnique(Check check, Map<String, BankQuestion> byId, Map<String, BankQuestion> byPrompt) {
        BankQuestion q = check.question;
        if (q.id() != null) {
            BankQuestion first = byId.putIfAbsent(q.id(), q);
            if (first != null) {
                check.problem("id", "is already used at " + first.file() + ":" + first.line());
            }
        }
        if (q.prompt() != null && !q.prompt().isBlank()) {
            BankQuestion first = byPrompt.putIfAbsent(promptKey(q.prompt()), q);
            if (first != null) {
                check.problem("prompt", "is the same as question " + BankProblem.quoted(first.id()) + " at "
                        + first.file() + ":" + first.line());
            }
        }
    }

    private static void checkFormats(Check check) {
        BankQuestion q = check.question;
        if (q.id() != null && !KEBAB_CASE.matcher(q.id()).matches()) {
            check.problem("id", "must be kebab-case (lower-case letters, digits and single hyphens)");
        } else if (q.id() != null && q.id().length() > MAX_ID_LENGTH) {
            check.problem("id", "is " + q.id().length() + " characters; at most " + MAX_ID_LENGTH);
        }
        if (q.category() != null && !KEBAB_CASE.matcher(q.category()).matches()) {
            check.problem("category", "must be kebab-case, e.g. 'production'");
        } else if (q.category() != null && q.category().length() > MAX_CATEGORY_LENGTH) {
            check.problem("category", "is " + q.category().length() + " characters; at most " + MAX_CATEGORY_LENGTH);
        }
        if (q.difficulty() != null && Difficulty.fromLabel(q.difficulty()).isEmpty()) {
            check.problem("difficulty", BankProblem.quoted(q.difficulty()) + " is not one of easy, medium, hard");
        }
        if (q.prompt() != null && q.prompt().length() > MAX_PROMPT_LENGTH) {
            check.problem("prompt", "is " + q.prompt().length() + " characters; at most " + MAX_PROMPT_LENGTH);
        }
        if (q.explanation() != null && q.explanation().length() > MAX_EXPLANATION_LENGTH) {
            check.problem("explanation",
                    "is " + q.explanation().length() + " characters; at most " + MAX_EXPLANATION_LENGTH);
        }
        // Over-long texts are reported above; comparing them word by word would only take long.
        if (q.prompt() != null && q.prompt().length() <= MAX_PROMPT_LENGTH && checkableAnswer(q)
                && TextMatch.containsAnswer(q.prompt(), q.answer())) {
            check.problem("prompt", "gives away the answer " + BankProblem.quoted(q.answer()));
        }
    }

    private static void checkChoices(Check check) {
        BankQuestion q = check.question;
        List<String> choices = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        if (q.answer() != null) {
            choices.add(q.answer());
            fields.add("answer");
        }
        if (q.wrong() != null) {
            if (q.wrong().size() < MIN_WRONG) {
                check.problem("wrong", "has " + q.wrong().size() + " choices; at least " + MIN_WRONG + " are needed");
            } else if (q.wrong().size() > MAX_WRONG) {
                check.problem("wrong", "has " + q.wrong().size() + " choices; at most " + MAX_WRONG + " are allowed");
            }
            for (int i = 0; i < q.wrong().size(); i++) {
                choices.add(q.wrong().get(i));
                fields.add("wrong[" + i + "]");
            }
        }
        Map<String, String> firstField = new HashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            String choice = choices.get(i);
            if (choice == null) {
                // A JSON body can say null where YAML gives no value at all.
                check.problem(fields.get(i), "must be a text value, not null");
                continue;
            }
            if (choice.isBlank()) {
                check.problem(fields.get(i), "is empty");
            } else if (choice.length() > MAX_CHOICE_LENGTH) {
                check.problem(fields.get(i), "is " + choice.length() + " characters; a choice is at most "
                        + MAX_CHOICE_LENGTH + " (a Discord button label)");
            }
            String first = firstField.putIfAbsent(TextMatch.choiceKey(choice), fields.get(i));
            if (first != null) {
                check.problem(fields.get(i), BankProblem.quoted(choice) + " repeats " + first);
            }
        }
    }

    /**
     * An accepted answer is one line of at most a choice's length, says something the answer and the other accepted
     * answers do not, and never says a wrong choice: a player who types a wrong choice is wrong.
     */
    private static void checkAccepted(Check check) {
        BankQuestion q = check.question;
        if (q.accept().size() > MAX_ACCEPTED) {
            check.problem(BankReader.ACCEPT_FIELD,
                    "has " + q.accept().size() + " answers; at most " + MAX_ACCEPTED + " are allowed");
            return;
        }
        Map<String, String> firstField = new HashMap<>();
        Map<List<String>, String> wrongWords = new HashMap<>();
        if (q.answer() != null && q.answer().length() <= MAX_CHOICE_LENGTH) {
            firstField.put(TextMatch.choiceKey(q.answer()), "answer");
        }
        for (int i = 0; q.wrong() != null && i < q.wrong().size(); i++) {
            String wrong = q.wrong().get(i);
            if (wrong != null && wrong.length() <= MAX_CHOICE_LENGTH) {
                wrongWords.putIfAbsent(TextMatch.tokens(wrong), "wrong[" + i + "]");
            }
        }
        for (int i = 0; i < q.accept().size(); i++) {
            String accepted = q.accept().get(i);
            String field = BankReader.ACCEPT_FIELD + "[" + i + "]";
            if (accepted == null || accepted.isBlank()) {
                check.problem(field, accepted == null ? "must be a text value, not null" : "is empty");
                continue;
            }
            if (accepted.length() > MAX_CHOICE_LENGTH) {
                check.problem(field, "is " + accepted.length() + " characters; at most " + MAX_CHOICE_LENGTH);
                continue;
            }
            String first = firstField.putIfAbsent(TextMatch.choiceKey(accepted), field);
            String wrong = wrongWords.get(TextMatch.tokens(accepted));
            if (first != null) {
                check.problem(field, BankProblem.quoted(accepted) + " repeats " + first);
            } else if (wrong != null) {
                check.problem(field, BankProblem.quoted(accepted) + " is the wrong choice " + wrong
                        + "; a wrong choice is never accepted");
            }
        }
    }

    private static void checkSources(Check check, Map<String, BankArticle> articles,
            Map<String, TextMatch.Searchable> searchable) {
        BankQuestion q = check.question;
        if (q.sources() == null) {
            return;
        }
        if (q.sources().isEmpty()) {
            check.problem("sources", "needs at least one source");
        } else if (q.sources().size() > MAX_SOURCES) {
            // Only the first are checked: each is looked for in a whole article.
            check.problem("sources", "has " + q.sources().size() + " sources; at most " + MAX_SOURCES
                    + " are allowed");
        }
        for (int i = 0; i < Math.min(q.sources().size(), MAX_SOURCES); i++) {
            BankSource source = q.sources().get(i);
            String field = "sources[" + i + "]";
            if (source == null) {
                check.problem(field, "must be {article, quote} or {url, quote}, not null");
                continue;
            }
            if ((source.article() == null) == (source.url() == null) || source.quote() == null) {
                check.problemAt(source.line(), field, "needs a 'quote' and either an 'article' or a 'url'");
                continue;
            }
            if (source.quote().length() > MAX_QUOTE_LENGTH) {
                check.problemAt(source.line(), field + ".quote",
                        "is " + source.quote().length() + " characters; at most " + MAX_QUOTE_LENGTH);
                continue;
            }
            if (source.url() != null) {
                // A web page cannot be fetched to check the quote; the footnote says so. The answer must still be in it.
                if (!WEB_ADDRESS.matcher(source.url()).matches() || source.url().length() > MAX_URL_LENGTH) {
                    check.problemAt(source.line(), field + ".url",
                            "must be a web address starting with https:// or http://, at most " + MAX_URL_LENGTH
                                    + " characters");
                } else if (checkableAnswer(q) && !TextMatch.containsAnswer(source.quote(), q.answer())) {
                    check.problemAt(source.line(), field + ".quote",
                            "does not contain the answer " + BankProblem.quoted(q.answer()));
                }
                continue;
            }
            BankArticle article = articles.get(source.article());
            if (article == null) {
                check.problemAt(source.line(), field + ".article",
                        "no article " + BankProblem.quoted(source.article()) + " in questions/articles/index.yaml");
                continue;
            }
            if (!searchable.computeIfAbsent(article.id(), id -> TextMatch.searchable(article.text()))
                    .contains(source.quote())) {
                check.problemAt(source.line(), field + ".quote", "is not found word for word in " + article.id());
            } else if (checkableAnswer(q) && !TextMatch.containsAnswer(source.quote(), q.answer())) {
                check.problemAt(source.line(), field + ".quote", "does not contain the answer "
                        + BankProblem.quoted(q.answer()));
            }
        }
    }

    /** Whether the answer is there and short enough to look for word by word (a longer one is reported). */
    private static boolean checkableAnswer(BankQuestion q) {
        return q.answer() != null && !q.answer().isBlank() && q.answer().length() <= MAX_CHOICE_LENGTH;
    }

    /**
     * Refuses what the bank's files cannot carry back unchanged: a control character (YAML would write NUL as binary,
     * read NEL as a line break) or half of a surrogate pair. Line breaks and tabs are text in the explanation and
     * quotes; every other field is one line.
     */
    private static void checkCharacters(Check check) {
        BankQuestion q = check.question;
        Map<String, String> oneLine = new LinkedHashMap<>();
        Map<String, String> multiLine = new LinkedHashMap<>();
        // The id, category, difficulty and article ids have formats of their own, checked above.
        oneLine.put("prompt", q.prompt());
        oneLine.put("answer", q.answer());
        multiLine.put("explanation", q.explanation());
        for (int i = 0; q.wrong() != null && i < q.wrong().size(); i++) {
            oneLine.put("wrong[" + i + "]", q.wrong().get(i));
        }
        for (int i = 0; i < q.accept().size(); i++) {
            oneLine.put(BankReader.ACCEPT_FIELD + "[" + i + "]", q.accept().get(i));
        }
        for (int i = 0; q.sources() != null && i < q.sources().size(); i++) {
            BankSource source = q.sources().get(i);
            if (source != null) {
                oneLine.put("sources[" + i + "].url", source.url());
                multiLine.put("sources[" + i + "].quote", source.quote());
            }
        }
        oneLine.forEach((field, text) -> unprintable(text, false).ifPresent(message -> check.problem(field, message)));
        multiLine.forEach((field, text) -> unprintable(text, true).ifPresent(message -> check.problem(field, message)));
    }

    private static Optional<String> unprintable(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            boolean allowed = multiLine && (c == '\n' || c == '\t');
            if (!allowed && (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                    || c == 0xFFFE || c == 0xFFFF)) {
                return Optional.of(String.format("has the control character U+%04X at character %d; %s", c, i + 1,
                        multiLine ? "only line breaks and tabs may be used here" : "this field is one line of text"));
            }
        }
        return Optional.empty();
    }

    /** What makes two prompts the same one: case and surrounding white space do not count. */
    public static String promptKey(String prompt) {
        return prompt.strip().toLowerCase(Locale.ROOT);
    }

    /** Collects the problems of one question; a field the reader could not read is not reported again. */
    private record Check(BankQuestion question, Set<String> unreadable, List<BankProblem> problems) {

        void problem(String field, String message) {
            if (!unreadable.contains(field)) {
                problemAt(question.lineOf(field), field, message);
            }
        }

        void problemAt(int line, String field, String message) {
            problems.add(new BankProblem(question.file(), line, question.id(), field, message));
        }
    }
}
