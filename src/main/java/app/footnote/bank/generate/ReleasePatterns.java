package app.footnote.bank.generate;

import java.util.regex.Pattern;

import static app.footnote.bank.generate.Regex.DATE;
import static app.footnote.bank.generate.Regex.TITLE;
import static app.footnote.bank.generate.Regex.WORD;
import static app.footnote.bank.generate.Regex.WORDS;

/** When and where a work came out, how long it is, how it was received, and the years of the films it follows. */
final class ReleasePatterns implements FactPattern {

    private static final String PREMIERE = "(?<work>WORK) premiere[sd]? (?:on )?(?<date>" + DATE + ")"
            + "(?:,? on (?<service>" + WORDS + "))?";
    private static final String PREMIERE_AHEAD = "ahead of (?:the series'|the show's|its|WORK's) premiere on "
            + "(?<service>" + WORDS + ")";
    private static final String SEASON_EPISODES = "(?<season>" + Regex.SEASON + ") (?:released with|consists of|has|"
            + "will have|is made up of) (?<n>" + Numbers.CARDINAL + ") episodes";
    private static final Pattern NTH_SEASON_EPISODES = Pattern
            .compile("\\b[Aa] (?<season>second|third|fourth|fifth) (?<n>\\d+)-episode season");
    private static final String APPROVAL = "(?<work>WORK) (?:received|has|holds|earned) an? (?<p>\\d+(?:\\.\\d+)?)% "
            + "approval rating(?: with an average rating of (?<r>\\d+(?:\\.\\d+)?/10))?";
    private static final String VIEWERSHIP = "(?<work>WORK) [^.]*?(?<p>\\d+(?:\\.\\d+)?)% more (?<noun>\\p{Ll}+) than "
            + "(?<than>[^.,;]+)";
    /** Capitalised words but "Universe": "the Star Trek Universe" is the Star Trek franchise. */
    private static final String FRANCHISE = WORD + "(?: (?!Universe\\b)" + WORD + "){0," + (Regex.MAX_NAME_WORDS - 1)
            + "}+";
    private static final String ORDER = "(?<work>WORK) is the (?<ord>" + Numbers.ORDINAL + ") (?:installment|series|"
            + "film|entry|show) (?:of|in) the (?<franchise>" + FRANCHISE + ") (?:[Uu]niverse|franchise|series)";
    private static final Pattern[] FILM_YEARS = {
            Pattern.compile("(?<year>\\d{4})'s (?<title>" + TITLE + ")"),
            Pattern.compile("(?<film>(?:film|movie) )?(?<title>" + TITLE + ") \\((?<year>\\d{4})\\)"),
            Pattern.compile("\\bthe (?<year>\\d{4}) (?<film>film|movie) (?<title>" + TITLE + ")"),
            Pattern.compile("\\bthe (?<year>\\d{4}) (?<title>" + WORDS + ") (?<film>film|movie)") };
    private static final Pattern RETURN_YEAR = Pattern.compile("returned to the small screen (?:\\([^)]*\\) )?in "
            + "(?<year>\\d{4}) with (?<title>" + TITLE + ")");
    private static final Pattern NEW_SERIES = Pattern.compile("(?<agent>[Tt]he studio|[Tt]he network|" + Regex.NAME
            + ") is (?:already )?producing a new series that will be called "
            + "[‘'“\"](?<title>[^’'”\"]+)[’'”\"]");
    private static final Pattern ANNOUNCED = Pattern.compile("(?<agent>" + WORDS + ") (?:also )?announced the "
            + "release of (?<n>" + Numbers.CARDINAL + ") (?<noun>\\p{Ll}+(?: \\p{Ll}+)?s)\\b");

    @Override
    public void find(Found found) {
        found.each(found.context().withWork(PREMIERE), m -> {
            Value.date(m.group("date")).ifPresent(date -> found.add(Relation.PREMIERE_DATE, found.work(), date));
            if (m.group("service") != null) {
                found.add(Relation.PREMIERE_SERVICE, found.work(), Value.name(Kind.COMPANY, m.group("service")));
            }
        });
        found.each(found.context().withWork(PREMIERE_AHEAD), m -> found.add(Relation.PREMIERE_SERVICE, found.work(),
                Value.name(Kind.COMPANY, m.group("service"))));
        found.each(found.context().withWork(SEASON_EPISODES), m -> episodes(found, m.group("season"), m.group("n")));
        found.each(NTH_SEASON_EPISODES, m -> episodes(found, m.group("season") + " season", m.group("n")));
        found.each(found.context().withWork(APPROVAL), m -> {
            Value.percent(m.group("p")).ifPresent(p -> found.add(Relation.APPROVAL_RATING, found.work(), p));
            if (m.group("r") != null) {
                found.add(Relation.AVERAGE_RATING, found.work(), Value.rating(m.group("r")));
            }
        });
        found.each(found.context().withWork(VIEWERSHIP), m -> Value.percent(m.group("p")).ifPresent(p -> found
                .add(Relation.VIEWERSHIP_GAIN, found.work(), p, "noun", m.group("noun"), "than", m.group("than"))));
        found.each(found.context().withWork(ORDER), m -> Numbers.ordinal(m.group("ord")).ifPresent(n -> found
                .add(Relation.FRANCHISE_ORDER, found.work(), Value.ordinal(n), "franchise", m.group("franchise"),
                        "number", String.valueOf(n))));
        for (Pattern filmYear : FILM_YEARS) {
            found.each(filmYear, m -> found.add(Relation.RELEASE_YEAR, film(m), Value.year(Integer.parseInt(
                    m.group("year"))), "title", Value.name(Kind.TITLE, m.group("title")).text()));
        }
        found.each(RETURN_YEAR, m -> found.add(Relation.RETURN_TO_TV_YEAR,
                Value.name(Kind.TITLE, m.group("title")).text(), Value.year(Integer.parseInt(m.group("year")))));
        found.each(NEW_SERIES, m -> found.add(Relation.NEW_SERIES_TITLE, lowerArticle(m.group("agent")),
                Value.name(Kind.TITLE, m.group("title"))));
        found.each(ANNOUNCED, m -> Numbers.cardinal(m.group("n")).ifPresent(n -> found.add(Relation.COUNT_ANNOUNCED,
                m.group("agent"), Value.count(n, m.group("noun")), "noun", m.group("noun"))));
    }

    /** "the film Star Trek" when the sentence says it is a film: "Star Trek" alone is the franchise. */
    private static String film(java.util.regex.Matcher m) {
        String title = Value.name(Kind.TITLE, m.group("title")).text();
        boolean film = m.pattern().pattern().contains("?<film>") && m.group("film") != null;
        return film ? "the film " + title : title;
    }

    private static void episodes(Found found, String season, String count) {
        String subject = found.season(season);
        if (subject != null) {
            Numbers.cardinal(count).ifPresent(n -> found.add(Relation.EPISODE_COUNT, subject,
                    Value.count(n, "episodes")));
        }
    }

    /** "The studio" in the middle of a question is "the studio". */
    static String lowerArticle(String phrase) {
        return phrase.startsWith("The ") ? "the " + phrase.substring(4) : phrase;
    }
}
