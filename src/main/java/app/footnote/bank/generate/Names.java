package app.footnote.bank.generate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** How names are compared: "Zoe Saldaña" and "Zoe Saldana", "Versum's" and "Versum" are one name. */
final class Names {

    private Names() {
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /** The last word of a name, by which a person is known again later in an article ("Svitolina"). */
    static String last(String name) {
        String key = key(name);
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** Whether two names may be one entity: one's words are all in the other ("Gauff", "Coco Gauff"). */
    static boolean overlap(String a, String b) {
        String x = " " + key(a) + " ";
        String y = " " + key(b) + " ";
        return x.contains(y) || y.contains(x) || last(a).equals(last(b));
    }

    /**
     * Whether a name shares a distinctive word with a text: "Versum Materials" beside "per Versum share", "NASA Launch
     * Services Program" beside a headline about NASA; words the article also writes in lower case ({@code plain}) are
     * no names. Offered as a wrong choice, such a name points at the prompt.
     */
    static boolean sharesWord(String text, String name, Set<String> plain) {
        String words = " " + key(text) + " ";
        return Arrays.stream(key(name).split(" ")).anyMatch(word -> word.length() >= 3 && !COMMON.contains(word)
                && !plain.contains(word) && words.contains(" " + word + " "));
    }

    private static final Set<String> COMMON = Set.of("the", "and", "for", "new", "national", "international", "united",
            "states", "group", "company", "inc", "corp", "ltd", "american", "city", "state", "north", "south", "east",
            "west", "great", "royal", "general", "first");
}
