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

    /** The story's first sentences, which say what it is about; a word there counts this many times. */
    private static final int LEAD_SENTENCES = 3;
    private static final int LEAD_WEIGHT = 4;
    /** What a film or television story's lead says it is about, when that is its box office or its awards. */
    private static final Map<String, Set<String>> STORIES = Map.of(
            "box-office", Set.of("box", "weekend", "gross", "grossed", "ticket", "opening"),
            "awards", Set.of("nomination", "nominate", "nominee", "award", "oscar", "emmy", "grammy", "golden",
                    "academy", "ceremony"));

    /**
     * The beat whose words the article's lemmas use most, those of its lead counting {@value #LEAD_WEIGHT} times: a
     * story is about what its lead says, not what one paragraph lower down mentions. Business when none does.
     */
    static Beat of(Parsed article) {
        Map<Beat, Integer> counts = new java.util.EnumMap<>(Beat.class);
        for (Parsed.Line line : article.sentences()) {
            int weight = line.index() < LEAD_SENTENCES ? LEAD_WEIGHT : 1;
            for (Parsed.Token token : line.tokens()) {
                String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
                for (Beat beat : values()) {
                    if (beat.words.contains(lemma)) {
                        counts.merge(beat, weight, Integer::sum);
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

    /**
     * What a film or television story is about when its lead says it is a weekend's box office or an awards race
     * (two of its words in the first sentences, or the headline's), else null: its questions are of that category.
     */
    String story(String headline, Parsed article) {
        if (this != TELEVISION && this != FILM) {
            return null;
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        String title = headline == null ? "" : " " + headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
        for (Map.Entry<String, Set<String>> story : STORIES.entrySet()) {
            for (String word : story.getValue()) {
                if (title.contains(" " + word)) {
                    counts.merge(story.getKey(), 2, Integer::sum);
                }
            }
        }
        for (Parsed.Line line : article.sentences()) {
            if (line.index() >= LEAD_SENTENCES) {
                break;
            }
            for (Parsed.Token token : line.tokens()) {
                String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
                STORIES.forEach((story, words) -> {
                    if (words.contains(lemma)) {
                        counts.merge(story, 1, Integer::sum);
                    }
                });
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The kebab-case category of a question on this beat whose verb is {@code verb} and whose answer is a kind.
     *
     * @param story what the story's lead says it is about ({@link #story}), or null
     */
    String category(String verb, String kind, String story) {
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
            if (story != null) {
                // A theater count or a studio in a weekend's box-office story is box office, not how the film was made.
                return story;
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
