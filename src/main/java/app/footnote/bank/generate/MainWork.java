package app.footnote.bank.generate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The film or series an entertainment story is about, which its "the series" and "the film" stand for: the title it
 * names most often, counting one in the headline three times, and only when it is named at least twice as often as
 * any other. A title is a name the models call a miscellaneous
 * entity, or one written with a colon ("Star Trek: Picard").
 */
final class MainWork {

    private static final Pattern COLON_TITLE = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}'’]*(?: \\p{Lu}[\\p{L}'’]*){0,4}: \\p{Lu}[\\p{L}'’]*(?: \\p{Lu}[\\p{L}'’]*){0,4}");
    private static final int MAX_TITLE = 60;

    private MainWork() {
    }

    /** The main work, or null when no title is named twice (or once in the headline and once in the text). */
    static String of(String headline, String text, Parsed parsed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher colon = COLON_TITLE.matcher(text);
        while (colon.find()) {
            counts.merge(colon.group(), 1, Integer::sum);
        }
        for (Parsed.Line line : parsed.sentences()) {
            for (Parsed.Mention mention : line.mentions()) {
                if (mention.type().equals("MISC") && mention.text().length() <= MAX_TITLE
                        && mention.last() - mention.first() >= 1 && Character.isUpperCase(mention.text().charAt(0))) {
                    counts.merge(mention.text(), 1, Integer::sum);
                }
            }
        }
        String title = headline == null ? "" : headline;
        String best = null;
        int bestScore = 1;
        int second = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int score = entry.getValue() + (title.contains(entry.getKey()) ? 3 : 0);
            if (score > bestScore) {
                second = Math.max(second, bestScore);
                best = entry.getKey();
                bestScore = score;
            } else {
                second = Math.max(second, score);
            }
        }
        // A story about two shows ("YOU" and "Homecoming") has no one work its "the show" stands for.
        return bestScore >= 2 * second ? best : null;
    }
}
