package app.footnote.bank.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact's value as a choice shows it, with what makes two values the same: "about twenty years" and "20 years" are
 * one value, "23 January 2020" and "January 23, 2020" another.
 *
 * @param text how a choice shows it
 * @param unit for counts and durations, the singular unit ("episode", "year"); otherwise empty
 * @param number the size, for numeric kinds (a date's epoch day, a month's count of months)
 */
record Value(Kind kind, String text, String unit, double number) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(DAY,
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH), DateTimeFormatter.ISO_LOCAL_DATE);
    private static final Pattern MONEY = Pattern.compile("\\$(\\d+(?:\\.\\d+)?)(?: (thousand|million|billion))?");
    private static final Pattern WEEKDAY = Pattern.compile("^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? ");
    /** Digits an amount or a share may have: more is no figure to ask about, and a double cannot keep them. */
    private static final int MAX_DIGITS = 15;

    /** The same kind and size, or for names the same words: what decides that two articles agree. */
    String key() {
        return kind.numeric() ? kind + ":" + number + ":" + unit : kind.family() + ":" + nameKey(text);
    }

    static String nameKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[‘’'“”\"]", "").replaceAll("\\s+", " ").trim();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    static Value name(Kind kind, String text) {
        String clean = text.strip().replaceAll("\\s+", " ").replaceAll("[.:,;]+$", "")
                .replaceAll("^[‘'“\"]+|[’'”\"]+$", "");
        return new Value(kind, clean, "", 0);
    }

    static Optional<Value> date(String text) {
        String day = WEEKDAY.matcher(text.strip()).replaceFirst("").replaceAll("(\\d)(st|nd|rd|th)", "$1");
        for (DateTimeFormatter format : DAY_FORMATS) {
            try {
                LocalDate date = LocalDate.parse(day, format);
                return Optional.of(ofDate(date));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    static Value ofDate(LocalDate date) {
        return new Value(Kind.DATE, DAY.format(date), "", date.toEpochDay());
    }

    static Optional<Value> month(String text) {
        try {
            return Optional.of(ofMonth(YearMonth.parse(text.strip(), MONTH_YEAR)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Value ofMonth(YearMonth month) {
        return new Value(Kind.MONTH, MONTH_YEAR.format(month), "", month.getYear() * 12 + month.getMonthValue() - 1);
    }

    static Value year(int year) {
        return new Value(Kind.YEAR, String.valueOf(year), "", year);
    }

    static Optional<Value> money(String text) {
        Matcher m = MONEY.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        return amount.precision() > MAX_DIGITS ? Optional.empty()
                : Optional.of(ofMoney(amount, m.group(2) == null ? "" : m.group(2)));
    }

    private static Value ofMoney(BigDecimal amount, String scale) {
        double factor = switch (scale) {
            case "thousand" -> 1e3;
            case "million" -> 1e6;
            case "billion" -> 1e9;
            default -> 1;
        };
        String text = "$" + amount.stripTrailingZeros().toPlainString() + (scale.isEmpty() ? "" : " " + scale);
        return new Value(Kind.MONEY, text, scale, amount.doubleValue() * factor);
    }

    /** "87" or "87.5" as a share; empty for a number with more digits than anyone writes for one. */
    static Optional<Value> percent(String number) {
        return new BigDecimal(number).precision() > MAX_DIGITS ? Optional.empty()
                : Optional.of(percent(Double.parseDouble(number)));
    }

    private static Value percent(double percent) {
        return new Value(Kind.PERCENT, plain(percent) + "%", "", percent);
    }

    /** A score "7.82/10"; the unit keeps the scale, and the number of decimals shown. */
    static Value rating(String text) {
        String[] parts = text.split("/");
        int decimals = parts[0].contains(".") ? parts[0].length() - parts[0].indexOf('.') - 1 : 0;
        return new Value(Kind.RATING, text, "/" + parts[1] + ":" + decimals, Double.parseDouble(parts[0]));
    }

    static Value count(int n, String unit) {
        return new Value(Kind.COUNT, n + " " + plural(unit, n), singular(unit), n);
    }

    static Value duration(int n, String unit) {
        return new Value(Kind.DURATION, n + " " + plural(unit, n), singular(unit), n);
    }

    static Value ordinal(int n) {
        return new Value(Kind.ORDINAL, Numbers.ordinalWord(n), "", n);
    }

    static Value century(int n) {
        return new Value(Kind.CENTURY, Numbers.ordinalDigits(n) + " century", "", n);
    }

    /**
     * Values of the same kind near this one, nearest first, for when the articles do not offer enough wrong choices:
     * a week or a month away, a year or two away, the amount scaled by a quarter or a half.
     */
    List<Value> neighbours() {
        List<Value> near = new ArrayList<>();
        int n = (int) number;
        switch (kind) {
            case DATE -> {
                LocalDate date = LocalDate.ofEpochDay((long) number);
                for (LocalDate other : List.of(date.plusWeeks(1), date.minusWeeks(1), date.plusMonths(1),
                        date.minusMonths(1), date.plusYears(1))) {
                    near.add(ofDate(other));
                }
            }
            case MONTH -> {
                YearMonth month = YearMonth.of(n / 12, n % 12 + 1);
                for (int delta : new int[] {2, -2, 4, -3, 6}) {
                    near.add(ofMonth(month.plusMonths(delta)));
                }
            }
            case YEAR -> {
                for (int delta : new int[] {1, -1, 2, -2, 3, -3}) {
                    near.add(year(n + delta));
                }
            }
            case MONEY -> {
                for (String factor : new String[] {"0.75", "1.25", "1.5", "0.6"}) {
                    BigDecimal scaled = BigDecimal.valueOf(number).multiply(new BigDecimal(factor));
                    BigDecimal unitSize = BigDecimal.valueOf(switch (unit) {
                        case "thousand" -> 1e3;
                        case "million" -> 1e6;
                        case "billion" -> 1e9;
                        default -> 1;
                    });
                    near.add(ofMoney(scaled.divide(unitSize).setScale(1, RoundingMode.HALF_UP), unit));
                }
            }
            case PERCENT -> {
                double[] steps = number <= 100 ? new double[] {-9, 5, -15, 8, -21} : new double[] {-20, 25, 40, -35};
                for (double step : steps) {
                    double other = number + step;
                    if (other > 0 && (number > 100 || other <= 100)) {
                        near.add(percent(other));
                    }
                }
            }
            case RATING -> {
                String[] scale = unit.split(":");
                double max = Double.parseDouble(scale[0].substring(1));
                int decimals = Integer.parseInt(scale[1]);
                for (double step : new double[] {-0.37, 0.45, -0.81, 0.9}) {
                    double other = number + step * max / 10;
                    if (other > 0 && other <= max) {
                        BigDecimal shown = BigDecimal.valueOf(other).setScale(decimals, RoundingMode.HALF_UP);
                        near.add(rating(shown.toPlainString() + scale[0]));
                    }
                }
            }
            case COUNT, DURATION -> {
                for (int delta : new int[] {2, -2, 3, -4, 6}) {
                    if (n + delta > 0) {
                        near.add(kind == Kind.COUNT ? count(n + delta, unit) : duration(n + delta, unit));
                    }
                }
            }
            case ORDINAL -> {
                for (int delta : new int[] {-1, 1, -2, 2}) {
                    if (n + delta > 0) {
                        near.add(ordinal(n + delta));
                    }
                }
            }
            case CENTURY -> {
                for (int delta : new int[] {-1, 1, 2, -2}) {
                    near.add(century(n + delta));
                }
            }
            default -> {
                // names are not made up: they come from the articles or from Gazetteer
            }
        }
        return near;
    }

    static String singular(String unit) {
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    private static String plural(String unit, int n) {
        String one = singular(unit);
        return n == 1 ? one : one + "s";
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
