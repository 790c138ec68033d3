package app.footnote.bank;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Kebab-case ids made from text, as the bank's rules want them ({@link BankValidator#KEBAB_CASE}). */
public final class Slugs {

    private Slugs() {
    }

    /**
     * The text's first words, lower-case ASCII joined by hyphens ("Who plays Rafaella “Raffi” Musiker?" gives
     * "who-plays-rafaella-raffi-musiker"), at most {@code maxWords} words and {@code maxLength} characters, cut at a
     * word; empty when the text has no letter or digit.
     */
    public static String of(String text, int maxWords, int maxLength) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = Arrays.stream(ascii.split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).limit(maxWords)
                .collect(Collectors.joining("-"));
        if (slug.length() <= maxLength) {
            return slug;
        }
        String cut = slug.substring(0, maxLength);
        return cut.contains("-") ? cut.substring(0, cut.lastIndexOf('-')) : cut;
    }

    /** {@code base}, else {@code base-2}, {@code base-3} …: the first that is not taken. */
    public static String free(String base, Predicate<String> taken) {
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
