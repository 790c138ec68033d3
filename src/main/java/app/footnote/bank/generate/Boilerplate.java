package app.footnote.bank.generate;

import java.util.List;
import java.util.Locale;

/**
 * The lines of a news page that are not its story: links to other stories ("Related: …", "READ MORE: …"), calls to
 * subscribe, and headlines, whose words are nearly all capitalised. Their names are no facts of the story, and no
 * wrong choices either.
 */
final class Boilerplate {

    private static final List<String> MARKERS = List.of("related:", "related ", "read more", "read also", "also read",
            "see also", "watch:", "photos:", "click here", "subscribe", "sign up", "advertisement", "follow us",
            "more:", "recommended:");

    private Boilerplate() {
    }

    static boolean is(String line) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        if (MARKERS.stream().anyMatch(text::startsWith)) {
            return true;
        }
        String[] words = line.strip().split("\\s+");
        if (words.length < 4 || line.strip().endsWith(".")) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            capitalised += !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
        }
        return capitalised * 10 >= words.length * 7;
    }
}
