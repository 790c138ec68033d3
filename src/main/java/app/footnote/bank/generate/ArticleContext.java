package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.footnote.bank.BankArticle;

/**
 * What the patterns need to know about the article a sentence is in: the sentences they read, its main work, which
 * "the series" or "it" refers to, and the outlets it cites.
 *
 * @param sentences the sentences of at most {@value #MAX_SENTENCE_CHARS} characters, which the patterns read
 * @param tooLong the longer ones, which no pattern reads
 * @param text the sentences read, a line each and with plain spaces ({@link Regex#plain}): what the scans of the
 *        whole article read
 * @param work the title the article is about, e.g. "Star Trek: Picard"
 * @param workPattern a regular expression for the ways the article names its work
 */
record ArticleContext(BankArticle article, List<Sentence> sentences, List<Sentence> tooLong, String text,
        String work, String workPattern, List<String> outlets, Map<String, Pattern> compiled) {

    /**
     * The longest sentence read. A longer one is not something to quote in a footnote, and keeping every text the
     * patterns see short bounds the time they take, whatever the article.
     */
    static final int MAX_SENTENCE_CHARS = 1_000;
    private static final Pattern COLON_TITLE = Pattern.compile(Regex.COLON_TITLE);

    static ArticleContext of(BankArticle article) {
        List<Sentence> sentences = new ArrayList<>();
        List<Sentence> tooLong = new ArrayList<>();
        for (Sentence sentence : new SentenceSplitter().split(article.text())) {
            (sentence.text().length() <= MAX_SENTENCE_CHARS ? sentences : tooLong).add(sentence);
        }
        String text = sentences.stream().map(sentence -> Regex.plain(sentence.text()))
                .collect(Collectors.joining("\n"));
        String work = mainWork(article, text);
        String quoted = Pattern.quote(work);
        String shortName = work.contains(": ") ? work.substring(work.indexOf(": ") + 2) : work;
        String pattern = "(?:[‘']?" + quoted + "[’']?|" + Pattern.quote(shortName)
                + "(?! season)|[Tt]he series|[Tt]he show|It)";
        List<String> outlets = new ArrayList<>(article.cites() == null ? List.of() : article.cites());
        if (article.outlet() != null) {
            outlets.add(article.outlet());
        }
        return new ArticleContext(article, sentences, tooLong, text, work, pattern, outlets,
                new java.util.HashMap<>());
    }

    /**
     * A pattern in which {@code WORK} stands for the ways this article names its work; compiled once per article (and
     * kept no longer, so that a long-running bot does not collect one per uploaded article).
     */
    Pattern withWork(String regex) {
        String work = "(?<![\\p{L}])" + workPattern + "(?![\\p{L}])";
        return compiled.computeIfAbsent(regex, key -> Pattern.compile(regex.replace("WORK", work)));
    }

    /**
     * The title with a colon ("Star Trek: Picard") the article names most often, else its headline: news articles
     * about a show name it in full again and again.
     */
    private static String mainWork(BankArticle article, String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher titles = COLON_TITLE.matcher(text);
        while (titles.find()) {
            counts.merge(Value.name(Kind.TITLE, titles.group()).text().replaceAll(" (?:Season|Series|Part)$", ""), 1,
                    Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(article.title() == null ? article.id() : article.title());
    }

    /** Whether a name is one of the outlets the article cites. */
    boolean isOutlet(String name) {
        return outlets.stream().anyMatch(outlet -> Value.nameKey(outlet).equals(Value.nameKey(name)));
    }
}
