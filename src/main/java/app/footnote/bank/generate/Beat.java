package app.footnote.bank.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article is about, read from its words: the category its questions get, refined by what a question asks
 * (the cast of a series, its release, its box office), and how hard a question is.
 */
enum Beat {

    TELEVISION("television", Set.of("series", "season", "episode", "renew", "network", "showrunner", "streaming",
            "premiere", "star", "cast", "drama", "comedy", "sitcom", "stream", "tv")), FILM(
                    "film",
                    Set.of("film", "movie", "box", "office", "theater", "theatre", "weekend", "studio", "director",
                            "sequel", "gross", "opening", "ticket", "release")), MUSIC(
                                    "music",
                                    Set.of("album", "song", "singer", "concert", "tour", "single", "band", "music",
                                            "rapper",
                                            "musician", "track", "setlist", "fan", "festival", "chart", "grammy",
                                            "duet", "vocalist", "pop")), SPORTS(
                                                    "sports",
                                                    Set.of("match", "final", "tournament", "seed", "set", "goal",
                                                            "league", "coach",
                                                            "championship",
                                                            "title", "win", "beat", "defeat", "score", "player",
                                                            "season", "club",
                                                            "game", "victory", "champion", "race", "rider", "stage",
                                                            "cyclist", "jersey",
                                                            "driver", "lap", "quarterback", "touchdown", "striker",
                                                            "midfielder")), SPACEFLIGHT(
                                                                    "spaceflight",
                                                                    Set.of("rocket", "launch", "satellite", "orbit",
                                                                            "nasa",
                                                                            "spacecraft", "booster",
                                                                            "payload", "astronaut", "liftoff",
                                                                            "mission",
                                                                            "space")), SCIENCE(
                                                                                    "science",
                                                                                    Set.of("study", "researcher",
                                                                                            "scientist",
                                                                                            "university", "species",
                                                                                            "climate",
                                                                                            "discovery",
                                                                                            "journal", "research",
                                                                                            "experiment")), TECHNOLOGY(
                                                                                                    "technology",
                                                                                                    Set.of("software",
                                                                                                            "app",
                                                                                                            "chip",
                                                                                                            "device",
                                                                                                            "smartphone",
                                                                                                            "internet",
                                                                                                            "user",
                                                                                                            "data",
                                                                                                            "artificial",
                                                                                                            "computer",
                                                                                                            "platform")), BUSINESS(
                                                                                                                    "business",
                                                                                                                    Set.of("deal",
                                                                                                                            "acquire",
                                                                                                                            "acquisition",
                                                                                                                            "share",
                                                                                                                            "stock",
                                                                                                                            "merger",
                                                                                                                            "investor",
                                                                                                                            "billion",
                                                                                                                            "revenue",
                                                                                                                            "company",
                                                                                                                            "buy",
                                                                                                                            "shareholder",
                                                                                                                            "offer",
                                                                                                                            "price",
                                                                                                                            "analyst",
                                                                                                                            "profit",
                                                                                                                            "market")), POLITICS(
                                                                                                                                    "politics",
                                                                                                                                    Set.of("election",
                                                                                                                                            "senator",
                                                                                                                                            "president",
                                                                                                                                            "vote",
                                                                                                                                            "government",
                                                                                                                                            "minister",
                                                                                                                                            "parliament",
                                                                                                                                            "congress",
                                                                                                                                            "campaign",
                                                                                                                                            "party",
                                                                                                                                            "bill",
                                                                                                                                            "law",
                                                                                                                                            "policy"));

    private static final Set<String> CAST_VERBS = Set.of("star", "play", "portray", "cast", "voice", "join", "reprise",
            "lead");
    private static final Set<String> RELEASE_VERBS = Set.of("premiere", "debut", "release", "air", "open", "launch",
            "drop", "stream", "return", "arrive");
    private static final List<String> NUMERIC = List.of("MONEY", "NUMBER", "PERCENT", "DURATION", "ORDINAL");

    private final String category;
    private final Set<String> words;

    Beat(String category, Set<String> words) {
        this.category = category;
        this.words = words;
    }

    /** The beat whose words the article's lemmas use most; business when none does (a news default). */
    static Beat of(Parsed article) {
        Map<Beat, Integer> counts = new java.util.EnumMap<>(Beat.class);
        for (Parsed.Line line : article.sentences()) {
            for (Parsed.Token token : line.tokens()) {
                String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
                for (Beat beat : values()) {
                    if (beat.words.contains(lemma)) {
                        counts.merge(beat, 1, Integer::sum);
                    }
                }
            }
        }
        // On a tie the earlier beat wins, so the result is the same for the same words.
        Beat best = BUSINESS;
        for (Beat beat : values()) {
            if (counts.getOrDefault(beat, 0) > counts.getOrDefault(best, 0)) {
                best = beat;
            }
        }
        return best;
    }

    /** The kebab-case category of a question on this beat whose verb is {@code verb} and whose answer is a kind. */
    String category(String verb, String kind) {
        if (this == TELEVISION || this == FILM) {
            if (kind.equals("PERSON") && CAST_VERBS.contains(verb)) {
                return "cast";
            }
            if (kind.equals(ReadArticle.CHARACTER)) {
                return "story";
            }
            if ((kind.equals("DATE") || kind.equals("TIME")) && RELEASE_VERBS.contains(verb)) {
                return "release";
            }
            if (this == FILM && kind.equals("MONEY")) {
                return "box-office";
            }
            // The rest of a show's or a film's story is how it was made, as the bank's own categories have it.
            return "production";
        }
        return category;
    }

    /**
     * Easy when the answer is one of the story's main names; hard for an exact figure past the lead or a name the
     * article gives once late on; medium otherwise.
     */
    static String difficulty(Candidate candidate, int mentions, boolean main) {
        boolean lead = candidate.line().paragraph() <= 1;
        if (main && !NUMERIC.contains(candidate.kind())) {
            return "easy";
        }
        if (NUMERIC.contains(candidate.kind()) && !lead || mentions <= 1 && candidate.line().paragraph() > 3) {
            return "hard";
        }
        return "medium";
    }
}
