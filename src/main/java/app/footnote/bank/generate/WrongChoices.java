package app.footnote.bank.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.footnote.bank.BankValidator;
import app.footnote.bank.TextMatch;

/**
 * Wrong choices of the answer's kind: first the values the articles give for other things (other films' openings,
 * other players, other companies), then well-known values of the kind (weekdays, countries, networks); numbers are
 * made up only where the articles run short. Numbers, years, dates and times are picked so that the answer's place
 * among the sorted choices is uniform: a player who picks the second lowest wins a quarter of the time, no more.
 */
final class WrongChoices {

    /**
     * A value an article gives.
     *
     * @param unit what a bare number counts, the noun after it ("theaters", "degrees"), or "" when none follows
     */
    record Known(String text, String kind, String articleId, int sentence, Beat beat, String unit) {
    }

    /** What a bare number of a sentence counts: "3,975 theaters", not "Launch Complex 40". */
    static String counted(Parsed.Line line, Parsed.Mention mention) {
        if (mention.last() >= line.tokens().size()) {
            return "";
        }
        Parsed.Token next = line.tokens().get(mention.last());
        return next.tag().startsWith("NN") && !next.tag().startsWith("NNP")
                ? (next.lemma() == null ? next.word() : next.lemma()).toLowerCase(Locale.ROOT) : "";
    }

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern SCALE = Pattern.compile("(?i)\\b(thousand|million|billion|trillion|[mbk]n?)\\b"
            + "|\\d(?:[mbk]|bn)\\b");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("^((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
            + "[a-z]*\\.?) (\\d{1,2})(?:st|nd|rd|th)?(, \\d{4})?$");
    private static final Pattern DAY_FIRST = Pattern
            .compile("^(\\d{1,2}) ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|"
                    + "Nov|Dec)[a-z]*\\.?)( \\d{4})?$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^(January|February|March|April|May|June|July|August|"
            + "September|October|November|December) (\\d{4})$");
    private static final Pattern CLOCK = Pattern.compile("^(\\d{1,2}):(\\d{2})(.*)$");
    private static final Map<String, List<String>> WELL_KNOWN = Map.of(
            "WEEKDAY", WEEKDAYS,
            "MONTH", MONTHS,
            "NATIONALITY", List.of("American", "British", "French", "German", "Canadian", "Australian", "Japanese",
                    "Spanish", "Italian", "Russian", "Chinese", "Brazilian", "Swedish", "Dutch", "Polish", "Czech"),
            "PLACE:COUNTRY", List.of("United States", "China", "Japan", "France", "Germany", "Canada", "Australia",
                    "Brazil", "India", "Spain", "Italy", "Mexico", "United Kingdom", "Russia", "South Korea"),
            "PLACE:CITY", List.of("New York", "London", "Los Angeles", "Paris", "Tokyo", "Chicago", "Berlin",
                    "Sydney", "Toronto", "Madrid", "Rome", "Beijing", "Moscow", "Singapore", "Dubai"),
            "PLACE:STATE_OR_PROVINCE", List.of("California", "Texas", "Florida", "New York", "Ohio", "Georgia",
                    "Washington", "Illinois", "Arizona", "Colorado", "Ontario", "Quebec"));
    /**
     * Well-known companies of a beat whose companies all do one thing (television's are {@link Networks}). Business and
     * technology stories have none:
     * Apple or Microsoft beside the maker of infusion pumps is the odd one out, not a choice.
     */
    private static final Map<Beat, List<String>> COMPANIES = Map.of(
            Beat.FILM, List.of("Warner Bros.", "Universal", "Disney", "Paramount", "Sony", "Lionsgate", "A24",
                    "20th Century Studios", "Focus Features", "Neon"),
            Beat.SPACEFLIGHT, List.of("SpaceX", "Boeing", "Blue Origin", "United Launch Alliance", "Arianespace",
                    "Rocket Lab", "Northrop Grumman", "Lockheed Martin"));
    /** Countries named with "the": beside "of the _____" only they read right. */
    private static final List<String> THE_COUNTRIES = List.of("United Kingdom", "Netherlands", "Philippines",
            "United Arab Emirates", "Czech Republic", "Dominican Republic", "United States", "Bahamas");
    /** Places of a like a player knows: an ocean's wrong choices are oceans. */
    private static final List<List<String>> GROUPS = List.of(
            List.of("Atlantic Ocean", "Pacific Ocean", "Indian Ocean", "Arctic Ocean", "Southern Ocean"),
            List.of("Africa", "Asia", "Europe", "North America", "South America", "Antarctica", "Australia"),
            List.of("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"));
    private static final int CHOICES = BankValidator.MIN_WRONG;
    private static final Pattern OF_PLACE = Pattern.compile("_____ (?:of|from) (?:the )?\\p{Lu}");
    private static final Set<String> NAMED = Set.of("PERSON", "NATIONALITY", "WEEKDAY", "MONTH", "MISC",
            "SCORE", ReadArticle.CHARACTER, Roles.CREW);

    private final List<Known> known;
    private final Beat beat;
    private final Predicate<String> related;

    /**
     * @param known every value of every article in the run, in article order
     * @param related which other articles are about the same things (they name an event, team or company of the
     *        question's article): only their people are wrong choices for a person
     */
    WrongChoices(List<Known> known, Beat beat, Predicate<String> related) {
        this.known = known;
        this.beat = beat;
        this.related = related;
    }

    /** The kind of a value of a CoreNLP type: what a wrong choice for it must be too. */
    static String kindOf(String type, String text) {
        return switch (type) {
            case "ORGANIZATION" -> Organizations.sortOf(text);
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "PLACE:" + type;
            case "DATE", "TIME" -> text.matches("(?i)(?:the )?\\d+(?:st|nd|rd|th) minute") ? "MINUTE"
                    : type.equals("TIME") ? "TIME"
                            : text.matches("\\d{4}") ? "YEAR" : WEEKDAYS.contains(text) ? "WEEKDAY"
                                    : MONTHS.contains(text) ? "MONTH"
                                            : DAY_OF_MONTH.matcher(text).matches() || DAY_FIRST.matcher(text).matches()
                                                    ? "DAY"
                                                    : MONTH_YEAR.matcher(text).matches() ? "MONTH_YEAR" : "DATE";
            case "DURATION" -> "DURATION:" + durationUnit(text);
            default -> type;
        };
    }

    /**
     * Three wrong choices for the question, or empty when the articles and the well-known values lack them.
     *
     * @param shown the prompt as the player reads it, headline and all: no wrong choice may echo its names
     * @param plain the words the article also writes in lower case ("launch"), which are no names
     */
    Optional<List<String>> choose(Candidate question, String shown, Set<String> plain) {
        boolean named = order(question.kind(), question.answer()).isEmpty();
        Predicate<String> usable = text -> !TextMatch.sameChoice(text, question.answer())
                && !(named && (Names.sharesWord(shown, text, plain) || !question.kind().startsWith("PLACE:")
                        && Names.sharesWord(question.answer(), text, plain)))
                && question.together().stream().noneMatch(other -> TextMatch.sameChoice(other, text))
                && question.names().stream().noneMatch(name -> Names.overlap(name, text))
                && !TextMatch.containsAnswer(question.prompt(), text)
                && text.length() <= BankValidator.MAX_CHOICE_LENGTH;
        Optional<Double> order = order(question.kind(), question.answer());
        List<String> chosen = order.isPresent() ? ordered(question, order.get(), usable)
                : named(question, usable);
        return chosen.size() == CHOICES ? Optional.of(chosen) : Optional.empty();
    }

    private List<String> named(Candidate question, Predicate<String> usable) {
        if (!NAMED.contains(question.kind()) && !question.kind().startsWith("PLACE:")
                && !question.kind().startsWith(Organizations.OTHER) && !question.kind().startsWith("PERSON")) {
            // "The month of October", "this fall": dates with no order and no list of their like to choose from.
            return List.of();
        }
        boolean person = question.kind().startsWith("PERSON");
        if (person && OF_PLACE.matcher(question.prompt()).find()) {
            // "_____ of China": the prompt rules out every choice from elsewhere, and nothing tells where one is from.
            return List.of();
        }
        List<String> pool = new ArrayList<>();
        // The question's own article first, most mentioned first; then the others in the run; then well-known ones.
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Known value : known) {
            boolean sameSentence = value.articleId().equals(question.articleId())
                    && value.sentence() == question.line().index();
            boolean sameArticle = value.articleId().equals(question.articleId());
            boolean near = value.beat() == beat && related.test(value.articleId());
            if (value.kind().equals(question.kind()) && !sameSentence && (sameArticle || near)) {
                counts.merge((value.articleId().equals(question.articleId()) ? "0" : "1") + "\u0000" + value.text(),
                        1, Integer::sum);
            }
        }
        counts.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey()
                .charAt(0)).thenComparing(Map.Entry::getValue, Comparator.reverseOrder()))
                .map(e -> e.getKey().substring(2)).forEach(pool::add);
        if (question.kind().equals("SCORE")) {
            pool.addAll(otherScores(question.answer()));
        }
        if (!person) {
            pool.addAll(WELL_KNOWN.getOrDefault(question.kind(), question.kind().equals(Organizations.OTHER)
                    ? COMPANIES.getOrDefault(beat, List.of())
                    : Organizations.WELL_KNOWN.getOrDefault(question.kind(), List.of())));
        }
        boolean the = question.kind().equals("PLACE:COUNTRY") && question.prompt().contains("the _____");
        if (the) {
            pool.addAll(0, THE_COUNTRIES);
        }
        boolean place = question.kind().equals("PLACE:LOCATION");
        if (place) {
            likeOf(question.answer()).ifPresent(pool::addAll);
        }
        List<String> chosen = new ArrayList<>();
        for (String text : pool) {
            if (chosen.size() == CHOICES) {
                break;
            }
            // "Pacific" and "Air Force Station" beside "Atlantic Ocean", "Earth" beside "White Sands": a place
            // other than a country, state or city is matched by what it is, "… Ocean" by "… Ocean".
            if (the && !THE_COUNTRIES.contains(text)) {
                continue;
            }
            if (place && likeOf(question.answer()).map(like -> !like.contains(text)).orElse(
                    !Names.last(text).equals(Names.last(question.answer())) || !text.contains(" "))) {
                continue;
            }
            // "Angel Studios' Sketch" is a studio's film, not a studio: a name inside a possessive is two things.
            if (text.matches(".*['’]s? .*")) {
                continue;
            }
            // "Open" of "Australian Open", "Cape Canaveral Air Force" of "… Station": a piece of a name is no name.
            if (pool.stream().anyMatch(longer -> longer.length() > text.length()
                    && (" " + longer + " ").contains(" " + text + " ")) || text.length() < 3
                    || !Character.isLetterOrDigit(text.codePointAt(0)) || text.chars().filter(c -> c == '”'
                            || c == '“' || c == '"').count() % 2 == 1) {
                continue;
            }
            // A bare surname stands out among full names, and a full name among surnames.
            if ((person || question.kind().equals(ReadArticle.CHARACTER))
                    && text.contains(" ") != question.answer().contains(" ")) {
                continue;
            }
            // A lead of "5-3" is no match result beside "6-4, 6-4": scores of as many sets only.
            if (question.kind().equals("SCORE") && text.split(",").length != question.answer().split(",").length) {
                continue;
            }
            // A shorter name of the answer ("Gauff" for "Coco Gauff", "U.S." for "United States") is the answer.
            // Places matched by what they are share a last word ("… Ocean") and are still other places.
            BiPredicate<String, String> same = place ? WrongChoices::contains : Names::overlap;
            if (usable.test(text) && !same.test(text, question.answer()) && !abbreviates(text, question.answer())
                    && !abbreviates(question.answer(), text)
                    && chosen.stream().noneMatch(other -> same.test(other, text) || abbreviates(other, text)
                            || abbreviates(text, other))
                    && !(person && text.indexOf(' ') < 0 && pool.stream().anyMatch(full -> !full.equals(text)
                            && Names.overlap(full, text)))) {
                chosen.add(text);
            }
        }
        return chosen;
    }

    /** Whether one name's words are all in the other's ("Pacific" of "Pacific Ocean"). */
    private static boolean contains(String a, String b) {
        String x = " " + Names.key(a) + " ";
        String y = " " + Names.key(b) + " ";
        return x.contains(y) || y.contains(x);
    }

    /** The well-known group the place is one of ("Atlantic Ocean", "Mars"), if any. */
    private static Optional<List<String>> likeOf(String place) {
        String key = Names.key(place);
        return GROUPS.stream().filter(group -> group.stream().anyMatch(member -> Names.key(member).equals(key)
                || key.endsWith(" ocean") && member.endsWith("Ocean"))).findFirst();
    }

    private List<String> ordered(Candidate question, double answer, Predicate<String> usable) {
        // The answer's place among the four sorted choices, from the question itself: the same every run.
        int place = Math.floorMod((question.prompt() + question.answer()).hashCode(), CHOICES + 1);
        List<Map.Entry<Double, String>> below = new ArrayList<>();
        List<Map.Entry<Double, String>> above = new ArrayList<>();
        Set<Double> seen = new java.util.HashSet<>(Set.of(answer));
        String unit = question.line().mentions().stream().filter(m -> m.text().equals(question.answer()))
                .findFirst().map(m -> counted(question.line(), m)).orElse("");
        for (Known value : known) {
            // Figures come from the question's own article; another story's figures are of other things, and a
            // bare number of theaters is no choice for one of degrees.
            if (!value.kind().equals(question.kind()) || !value.articleId().equals(question.articleId())
                    || question.kind().equals("NUMBER") && !value.unit().equals(unit)) {
                continue;
            }
            Optional<Double> order = order(question.kind(), value.text());
            if (order.isPresent() && shape(value.text()).equals(shape(question.answer()))
                    && comparable(question.kind(), answer,
                            order.get(), question.answer(), value.text())
                    && usable.test(value.text())
                    && seen.add(order.get())) {
                (order.get() < answer ? below : above).add(Map.entry(order.get(), value.text()));
            }
        }
        below.sort(Map.Entry.<Double, String>comparingByKey().reversed());
        above.sort(Map.Entry.comparingByKey());
        List<String> lower = new ArrayList<>(below.stream().map(Map.Entry::getValue).limit(place).toList());
        List<String> higher = new ArrayList<>(above.stream().map(Map.Entry::getValue).limit(CHOICES - place)
                .toList());
        for (int step = 1; lower.size() < place && step <= 12; step++) {
            madeUp(question, -step).filter(usable).filter(text -> !lower.contains(text)
                    && order(question.kind(), text).map(o -> o < answer && o > 0).orElse(false)).ifPresent(lower::add);
        }
        // Where nothing lower exists (a count of two has no three smaller ones), the rest go above.
        for (int step = 1; lower.size() + higher.size() < CHOICES && step <= 24; step++) {
            madeUp(question, step).filter(usable).filter(text -> !higher.contains(text)
                    && order(question.kind(), text).map(o -> o > answer).orElse(false)).ifPresent(higher::add);
        }
        List<String> chosen = new ArrayList<>(lower);
        chosen.addAll(higher);
        return chosen.stream().distinct().limit(CHOICES).toList();
    }

    /**
     * How a value is written, its number aside: "$#M", "# percent", "#th", "W" for a number in words. A wrong choice
     * written otherwise than the answer ("92 percent" beside "77%") tells it apart.
     */
    static String shape(String text) {
        Matcher digits = NUMBER.matcher(text);
        if (digits.find()) {
            return (text.substring(0, digits.start()) + "#"
                    + text.substring(digits.end()).replaceAll("^(?:st|nd|rd|th)",
                            "th"))
                    .toLowerCase(Locale.ROOT);
        }
        return text.matches("(?i)[a-z]+(?:-[a-z]+)?") ? "W" : text.toLowerCase(Locale.ROOT);
    }

    /** Values of a kind are compared only at a like scale: years within decades, counts within a factor of ten. */
    private static boolean comparable(String kind, double answer, double other, String answerText, String otherText) {
        return switch (kind) {
            case "YEAR" -> Math.abs(answer - other) <= 25;
            case "MONEY" -> currency(answerText).equals(currency(otherText)) && other / answer <= 20
                    && answer / other <= 20;
            case "NUMBER", "ORDINAL" -> other / answer <= 10 && answer / other <= 10;
            default -> true;
        };
    }

    /** Where a value lies among values of its kind, for the kinds that have an order; empty for names. */
    static Optional<Double> order(String kind, String text) {
        if (kind.equals("YEAR")) {
            return Optional.of(Double.parseDouble(text));
        }
        if (kind.equals("DAY")) {
            Matcher day = DAY_OF_MONTH.matcher(text);
            if (day.matches()) {
                return Optional.of(month(day.group(2)) * 40.0 + Integer.parseInt(day.group(3)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return Optional.of(month(dayFirst.group(2)) * 40.0 + Integer.parseInt(dayFirst.group(1)));
            }
        }
        if (kind.equals("MONTH_YEAR")) {
            Matcher month = MONTH_YEAR.matcher(text);
            if (month.matches()) {
                return Optional.of(Integer.parseInt(month.group(2)) * 12.0 + MONTHS.indexOf(month.group(1)));
            }
        }
        if (kind.equals("TIME")) {
            Matcher clock = CLOCK.matcher(text);
            if (clock.matches()) {
                int hour = Integer.parseInt(clock.group(1)) % 12;
                boolean pm = clock.group(3).toLowerCase(Locale.ROOT).contains("p");
                return Optional.of((hour + (pm ? 12 : 0)) * 60.0 + Integer.parseInt(clock.group(2)));
            }
            return Optional.empty();
        }
        if (Set.of("MONEY", "PERCENT", "NUMBER", "ORDINAL", "MINUTE").contains(kind) || kind.startsWith("DURATION")) {
            return number(text).map(n -> n * scale(text));
        }
        return Optional.empty();
    }

    /** The first number of a text: digits ("3,202", "42.5") or words ("seven", "eighth", "Thirty-three"). */
    static Optional<Double> number(String text) {
        Matcher digits = NUMBER.matcher(text);
        if (digits.find()) {
            return Optional.of(Double.parseDouble(digits.group().replace(",", "")));
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s]+")) {
            var cardinal = Numbers.cardinal(word);
            if (cardinal.isPresent()) {
                return Optional.of((double) cardinal.getAsInt());
            }
            var ordinal = Numbers.ordinal(word);
            if (ordinal.isPresent()) {
                return Optional.of((double) ordinal.getAsInt());
            }
        }
        return Optional.empty();
    }

    /**
     * How far made-up value {@code step} lies from the answer, in units: 1, 2, 4, 5, 7… below it and 2, 4, 5, 7, 8…
     * above, so that no two gaps between the sorted choices repeat in a ladder ("2001, 2002, 2003, 2004") whose
     * steps point at the value they were made from.
     */
    static int apart(int step) {
        int k = Math.abs(step) - 1;
        return step < 0 ? -(k + k / 2 + 1) : k + (k + 1) / 2 + 2;
    }

    /** A value {@code step} steps from the answer, in the answer's own format. */
    private static Optional<String> madeUp(Candidate question, int step) {
        String text = question.answer();
        switch (question.kind()) {
            case "YEAR" :
                return Optional.of(String.valueOf(Integer.parseInt(text) + apart(step)));
            case "DAY" : {
                Matcher dayFirst = DAY_FIRST.matcher(text);
                if (dayFirst.matches()) {
                    int shifted = Integer.parseInt(dayFirst.group(1)) + 2 * apart(step);
                    return shifted < 1 || shifted > 28 ? Optional.empty() : Optional.of(shifted + " "
                            + dayFirst.group(2) + (dayFirst.group(3) == null ? "" : dayFirst.group(3)));
                }
                Matcher day = DAY_OF_MONTH.matcher(text);
                if (!day.matches()) {
                    return Optional.empty();
                }
                int shifted = Integer.parseInt(day.group(3)) + 2 * apart(step);
                return shifted < 1 || shifted > 28 ? Optional.empty()
                        : Optional.of(day.group(1) + " " + shifted + (day.group(4) == null ? "" : day.group(4)));
            }
            case "MONTH_YEAR" : {
                Matcher month = MONTH_YEAR.matcher(text);
                if (!month.matches()) {
                    return Optional.empty();
                }
                int at = Integer.parseInt(month.group(2)) * 12 + MONTHS.indexOf(month.group(1)) + apart(step);
                return Optional.of(MONTHS.get(Math.floorMod(at, 12)) + " " + Math.floorDiv(at, 12));
            }
            case "TIME" : {
                Matcher clock = CLOCK.matcher(text);
                if (!clock.matches()) {
                    return Optional.empty();
                }
                int minutes = Integer.parseInt(clock.group(1)) * 60 + Integer.parseInt(clock.group(2))
                        + 10 * apart(step);
                int hour = Math.floorDiv(minutes, 60);
                // Staying inside one half of the day keeps "a.m." or "p.m." true of the made-up time.
                if (hour < 1 || hour > 12 || (Integer.parseInt(clock.group(1)) == 12) != (hour == 12)) {
                    return Optional.empty();
                }
                return Optional.of(hour + ":" + String.format("%02d", Math.floorMod(minutes, 60)) + clock.group(3));
            }
            case "MINUTE" : {
                // Minutes a match has, far enough apart that "the 16th, 15th, 14th" is no ladder to the answer.
                int minute = number(text).orElse(0.0).intValue() + 6 * apart(step);
                return minute < 1 || minute > 90 ? Optional.empty()
                        : Optional.of(text.replaceFirst("\\d+(?:st|nd|rd|th)", Numbers.ordinalDigits(minute)));
            }
            default :
                return number(text).flatMap(n -> renumbered(text, n, step));
        }
    }

    /** The text with its number moved {@code step} steps: by one for small counts, by a fifth for large ones. */
    private static Optional<String> renumbered(String text, double n, int step) {
        Matcher digits = NUMBER.matcher(text);
        if (digits.find()) {
            String written = digits.group();
            int decimals = written.contains(".") ? written.length() - written.indexOf('.') - 1 : 0;
            double value = n < 20 && decimals == 0 ? n + apart(step) : step > 0 ? n * (1 + 0.12 * apart(step))
                    : n / (1 - 0.12 * apart(step));
            if (value <= 0 || value > 100 && text.matches(".*(?:%|percent).*")) {
                return Optional.empty();
            }
            // "$58.00" is a whole sum: made-up sums beside it are whole too, or the roundest choice is the answer.
            boolean whole = decimals > 0 && written.substring(written.indexOf('.') + 1).matches("0+");
            BigDecimal rounded = BigDecimal.valueOf(whole ? Math.round(value) : value).setScale(decimals,
                    RoundingMode.HALF_UP);
            if (decimals == 0 && n >= 100) {
                // "3,202" becomes "3,842", not "3,842.4"; keep as many significant digits as the answer shows.
                int significant = written.replace(",", "").replaceAll("0+$", "").length();
                rounded = rounded.round(new java.math.MathContext(Math.max(2, significant)));
            }
            DecimalFormat format = new DecimalFormat(written.contains(",") || n >= 10_000 && !written.contains(".")
                    && written.length() > 4 ? "#,##0" : "0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            String rest = text.substring(digits.end());
            String number = format.format(rounded);
            if (rest.matches("(?:st|nd|rd|th)\\b.*") && decimals == 0) {
                number = Numbers.ordinalDigits(rounded.intValue());
                rest = rest.substring(2);
            }
            return Optional.of(text.substring(0, digits.start()) + number + rest);
        }
        int value = (int) n + apart(step);
        if (value < 1) {
            return Optional.empty();
        }
        for (String word : text.split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            String replacement = Numbers.cardinal(lower).isPresent() ? cardinalWord(value)
                    : Numbers.ordinal(lower).isPresent() ? Numbers.ordinalWord(value).toLowerCase(Locale.ROOT) : null;
            if (replacement != null) {
                if (Character.isUpperCase(word.charAt(0))) {
                    replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
                }
                return Optional.of(text.replaceFirst(Pattern.quote(word), replacement));
            }
        }
        return Optional.empty();
    }

    /**
     * Scores one game or goal from the answer in one set at a time ("6-3, 6-4" for "6-4, 6-4"), the winner still
     * ahead: close enough that only someone who knows the match tells them apart.
     */
    static List<String> otherScores(String score) {
        Matcher sets = Pattern.compile("(\\d{1,2})-(\\d{1,2})").matcher(score);
        List<int[]> parsed = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        while (sets.find()) {
            parsed.add(new int[]{Integer.parseInt(sets.group(1)), Integer.parseInt(sets.group(2))});
            where.add(new int[]{sets.start(), sets.end()});
        }
        List<String> others = new ArrayList<>();
        int[][] moves = {{0, -1}, {0, 1}, {1, 0}, {-1, 0}, {1, 1}, {0, -2}};
        for (int[] move : moves) {
            for (int i = parsed.size() - 1; i >= 0; i--) {
                int a = parsed.get(i)[0] + move[0];
                int b = parsed.get(i)[1] + move[1];
                boolean winnerAhead = parsed.get(i)[0] > parsed.get(i)[1] ? a > b : parsed.get(i)[0] < parsed.get(i)[1]
                        ? a < b : a == b;
                boolean tennis = parsed.stream().allMatch(set -> Math.max(set[0], set[1]) >= 6);
                if (a >= 0 && b >= 0 && winnerAhead && (!tennis || finishedSet(a, b))) {
                    others.add(score.substring(0, where.get(i)[0]) + a + "-" + b + score.substring(where.get(i)[1]));
                }
            }
        }
        return others;
    }

    /** A tennis set that can end so: 6 games to at most 4, or 7 to 5 or 6. */
    private static boolean finishedSet(int a, int b) {
        int high = Math.max(a, b);
        int low = Math.min(a, b);
        return high == 6 && low <= 4 || high == 7 && (low == 5 || low == 6);
    }

    /**
     * "U.S." of "United States", "Fla." of "Florida", "UK" of "United Kingdom", "NOAA" of "U.S. National Oceanic and
     * Atmospheric Administration".
     */
    static boolean abbreviates(String shorter, String longer) {
        String letters = shorter.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2 || letters.length() >= longer.length()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder capitals = new StringBuilder();
        for (String word : longer.split("\\s+")) {
            if (!word.isEmpty()) {
                initials.append(Character.toLowerCase(word.charAt(0)));
                // The initials of the capitalised words, a country's "U.S." before them aside.
                if (Character.isUpperCase(word.charAt(0)) && !word.matches("U\\.?S\\.?|U\\.?K\\.?")) {
                    capitals.append(Character.toLowerCase(word.charAt(0)));
                }
            }
        }
        return initials.toString().equals(letters) || capitals.toString().equals(letters)
                || shorter.endsWith(".") && (longer.toLowerCase(Locale.ROOT).startsWith(letters)
                        || !longer.contains(" ") && subsequence(letters, longer.toLowerCase(Locale.ROOT)));
    }

    /** Whether "fla" is "florida" with letters left out, its first kept: how "Fla." and "Calif." shorten a name. */
    private static boolean subsequence(String letters, String word) {
        if (letters.isEmpty() || word.isEmpty() || letters.charAt(0) != word.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < word.length() && at < letters.length(); i++) {
            at += word.charAt(i) == letters.charAt(at) ? 1 : 0;
        }
        return at == letters.length();
    }

    private static String cardinalWord(int n) {
        if (n < 20) {
            return Numbers.ONES.get(n);
        }
        if (n < 100) {
            return Numbers.TENS.get(n / 10) + (n % 10 == 0 ? "" : "-" + Numbers.ONES.get(n % 10));
        }
        return String.valueOf(n);
    }

    private static double scale(String text) {
        Matcher scale = SCALE.matcher(text);
        if (!scale.find()) {
            return 1;
        }
        String word = scale.group().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (word) {
            case "thousand", "k" -> 1e3;
            case "million", "m" -> 1e6;
            case "billion", "b", "bn" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
        };
    }

    private static String currency(String text) {
        Matcher digits = NUMBER.matcher(text);
        return digits.find() ? text.substring(0, digits.start()).strip() : "";
    }

    private static String durationUnit(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[\\s-]+");
        return words[words.length - 1].replaceAll("s$", "");
    }

    private static int month(String abbreviation) {
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(abbreviation.substring(0, 3))) {
                return i;
            }
        }
        return 0;
    }
}
