package app.footnote.game;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

import app.footnote.bank.TextMatch;

/**
 * Whether a typed answer says the official answer, as a fair quizmaster would judge it. Case, punctuation, accents
 * and a leading "the/a/an" do not matter; numbers may be digits or words ("twelve" = 12), amounts may be written
 * either way ("$20.4 million" = "20.4m" = "$20,400,000"), a number may come with or without its unit ("12 years" =
 * 12), and a date may leave out its year ("23 January 2020" = "January 23"). Small typos are forgiven, scaled by the
 * answer's length: none up to 4 letters, one for 5 to 8, two above, none at all in an answer with a number. Words
 * stay in their order, so "Stewart Patrick" is not "Patrick Stewart"; a surname alone counts only when the question
 * accepts it (the bank's {@code accept:}, which the generator fills from how the article names the person). A typed
 * answer that is a wrong choice, or is no further from a wrong choice than from the answer, is wrong.
 */
public final class TypedAnswerMatch {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.ofEntries(
            Map.entry("thousand", BigDecimal.valueOf(1_000)), Map.entry("k", BigDecimal.valueOf(1_000)),
            Map.entry("million", BigDecimal.valueOf(1_000_000)), Map.entry("millions", BigDecimal.valueOf(1_000_000)),
            Map.entry("mn", BigDecimal.valueOf(1_000_000)), Map.entry("m", BigDecimal.valueOf(1_000_000)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("billions", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000)), Map.entry("b", BigDecimal.valueOf(1_000_000_000)));

    private TypedAnswerMatch() {
    }

    /**
     * Whether {@code typed} says {@code answer} or one of the {@code accepted} alternatives, and none of the
     * {@code wrong} choices.
     */
    public static boolean accepts(String typed, String answer, List<String> accepted, List<String> wrong) {
        Set<String> said = forms(typed);
        Set<String> rights = new HashSet<>(forms(answer));
        accepted.forEach(alternative -> rights.addAll(forms(alternative)));
        Set<String> wrongs = new HashSet<>();
        wrong.forEach(choice -> wrongs.addAll(forms(choice)));
        if (said.isEmpty() || said.stream().anyMatch(wrongs::contains)) {
            return false;
        }
        if (said.stream().anyMatch(rights::contains)) {
            return true;
        }
        String typedKey = key(typed);
        int nearestRight = rights.stream().mapToInt(right -> typos(typedKey, right)).min().orElse(Integer.MAX_VALUE);
        if (nearestRight == Integer.MAX_VALUE) {
            return false;
        }
        // A typo that lands as near to a wrong choice as to the answer could be either: it is not given the benefit.
        return wrongs.stream().allMatch(choice -> distance(typedKey, choice) > nearestRight);
    }

    /**
     * The edits between a typed key and a right one when within the allowance for the right one's length, else
     * {@link Integer#MAX_VALUE}.
     */
    private static int typos(String typedKey, String right) {
        if (DIGIT.matcher(right).find() || DIGIT.matcher(typedKey).find()) {
            return Integer.MAX_VALUE;
        }
        long letters = right.chars().filter(Character::isLetter).count();
        int allowed = letters <= 4 ? 0 : letters <= 8 ? 1 : 2;
        int edits = allowed == 0 ? -1 : new LevenshteinDistance(allowed).apply(typedKey, right);
        return edits < 0 ? Integer.MAX_VALUE : edits;
    }

    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }

    /** The ways a text may be said: its key, and without its year or its unit where it has one. */
    static Set<String> forms(String text) {
        List<String> words = words(text);
        Set<String> forms = new HashSet<>();
        if (words.isEmpty()) {
            return forms;
        }
        forms.add(String.join(" ", words));
        for (int i = 0; i + 2 < words.size(); i++) {
            // TextMatch writes a full date as "2020 01 23": the same day without its year is "01 23".
            if (words.get(i).length() == 4 && NUMBER.matcher(words.get(i)).matches()
                    && words.get(i + 1).length() == 2 && words.get(i + 2).length() == 2
                    && NUMBER.matcher(words.get(i + 1) + words.get(i + 2)).matches()) {
                List<String> yearless = new ArrayList<>(words);
                yearless.remove(i);
                forms.add(String.join(" ", yearless));
            }
        }
        if (words.size() == 2 && NUMBER.matcher(words.get(0)).matches() && TextMatch.unit(words.get(1))) {
            forms.add(words.get(0));
        }
        return forms;
    }

    /** A text's canonical words joined by single spaces. */
    static String key(String text) {
        return String.join(" ", words(text));
    }

    private static List<String> words(String text) {
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        List<String> tokens = TextMatch.tokens(plain);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (token.equals("$")) {
                continue;
            }
            if (NUMBER.matcher(token).matches() && MULTIPLIERS.containsKey(next)) {
                words.add(new BigDecimal(token).multiply(MULTIPLIERS.get(next)).stripTrailingZeros().toPlainString());
                i++;
            } else if (TextMatch.month(token) >= 0 && TextMatch.day(next) > 0) {
                words.add(monthDay(TextMatch.month(token), TextMatch.day(next)));
                i++;
            } else if (TextMatch.day(token) > 0 && TextMatch.month(next) >= 0) {
                words.add(monthDay(TextMatch.month(next), TextMatch.day(token)));
                i++;
            } else {
                words.add(token);
            }
        }
        if (words.size() > 1 && ARTICLES.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    /** A day without its year, written as TextMatch writes the end of a full date. */
    private static String monthDay(int month, int day) {
        return String.format("%02d %02d", month + 1, day);
    }
}
