package app.footnote.bank.generate;

import java.text.Normalizer;
import java.util.Locale;

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
}
