package app.footnote.bank.generate;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** Numbers as articles write them: digits, or words up to ninety-nine ("twelve", "twenty-one"), and ordinals. */
final class Numbers {

    static final List<String> ONES = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen");
    static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

    private Numbers() {
    }

    /** The value of a cardinal in digits or words ("12", "twelve", "twenty-one"). */
    static OptionalInt cardinal(String text) {
        String word = text.toLowerCase(Locale.ROOT).trim();
        if (word.matches("\\d{1,9}")) {
            return OptionalInt.of(Integer.parseInt(word));
        }
        if (ONES.contains(word)) {
            return OptionalInt.of(ONES.indexOf(word));
        }
        String[] parts = word.split("[- ]");
        int tens = TENS.indexOf(parts[0]);
        if (tens >= 2) {
            int ones = parts.length > 1 ? ONES.indexOf(parts[1]) : 0;
            return ones >= 0 && ones <= 9 ? OptionalInt.of(tens * 10 + ones) : OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    static OptionalInt ordinal(String text) {
        String word = text.toLowerCase(Locale.ROOT).trim();
        if (word.matches("\\d{1,9}(st|nd|rd|th)")) {
            return OptionalInt.of(Integer.parseInt(word.replaceAll("\\D", "")));
        }
        int n = ORDINALS.indexOf(word);
        return n >= 0 ? OptionalInt.of(n) : OptionalInt.empty();
    }

    /** "8th"; "11th", "12th", "13th" keep "th". */
    static String ordinalDigits(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** "Eighth" for 8 when there is a word for it, else "21st". */
    static String ordinalWord(int n) {
        if (n > 0 && n < ORDINALS.size()) {
            String word = ORDINALS.get(n);
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return ordinalDigits(n);
    }
}
