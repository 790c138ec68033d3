package app.footnote.bank.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fills a relation's templates: the words of a question, written once here. */
final class QuestionText {

    private static final Set<String> QUESTION_WORDS = Set.of("Who", "What", "When", "Where", "Which", "How", "In",
            "On", "After", "Fill");

    private QuestionText() {
    }

    static String fill(String template, String subject, String work, Map<String, String> slots, String answer,
            List<String> all) {
        String text = template.replace("{subject}", subject).replace("{work}", work)
                .replace("{answer}", answer == null ? "" : answer).replace("{all}", listed(all));
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            text = text.replace("{" + slot.getKey() + "}", slot.getValue());
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "According to “Title”, when did …?": the prompt says whose claim it is. */
    static String attributed(String attribution, String prompt) {
        String first = prompt.split(" ", 2)[0];
        String rest = QUESTION_WORDS.contains(first) ? Character.toLowerCase(prompt.charAt(0)) + prompt.substring(1)
                : prompt;
        return "According to " + attribution + ", " + rest;
    }

    /** "A, B and C". */
    static String listed(List<String> items) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
