package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** Runs the language models over an article's text: the one place CoreNLP's own types are used. */
final class ReadArticle {

    private ReadArticle() {
    }

    static Parsed read(String text, Consumer<String> progress) {
        CoreDocument document = new CoreDocument(text);
        LanguageModels.pipeline(progress).annotate(document);
        List<Parsed.Line> lines = new ArrayList<>();
        int paragraph = 0;
        int previousEnd = 0;
        for (CoreSentence sentence : document.sentences()) {
            List<CoreLabel> labels = sentence.tokens();
            int begin = labels.get(0).beginPosition();
            int end = labels.get(labels.size() - 1).endPosition();
            if (text.substring(previousEnd, begin).indexOf('\n') >= 0) {
                paragraph++;
            }
            previousEnd = end;
            if (Boilerplate.is(text.substring(begin, end))) {
                continue;
            }
            List<Parsed.Mention> mentions = scores(text, labels, mentions(text, sentence, labels));
            lines.add(new Parsed.Line(lines.size(), paragraph, begin, end, text.substring(begin, end),
                    tokens(sentence, labels), mentions));
        }
        return new Parsed(consistent(lines));
    }

    /** A person in a story: to the models a person like any other, to a player not a choice beside actors. */
    static final String CHARACTER = "CHARACTER";
    private static final java.util.Set<String> ACTING = java.util.Set.of("play", "portray", "voice", "star", "reprise",
            "cast", "return", "join");

    /**
     * The names an entertainment story gives its characters: the person after "as" in "Alison Pill as Agnes Jurati"
     * or "stars as", the one a verb of acting has for its object ("plays Raffi"), the one after "character" or
     * "role".
     */
    private static java.util.Set<String> characters(List<Parsed.Line> lines) {
        java.util.Set<String> characters = new java.util.HashSet<>();
        for (Parsed.Line line : lines) {
            List<Parsed.Token> tokens = line.tokens();
            for (Parsed.Mention mention : line.mentions()) {
                if (!mention.type().equals("PERSON") || mention.first() == 0) {
                    continue;
                }
                String before = tokens.get(mention.first() - 1).word().toLowerCase(java.util.Locale.ROOT);
                boolean afterAs = before.equals("as") && (line.mentions().stream().anyMatch(other -> other != mention
                        && other.type().equals("PERSON") && other.last() <= mention.first() - 1
                        && other.last() >= mention.first() - 5) || acting(tokens, mention.first() - 6,
                                mention.first() - 1));
                boolean role = before.equals("character") || before.equals("role") || before.equals("plays")
                        || before.equals("playing") || before.equals("portrays");
                int head = tokens.get(mention.last() - 1).head();
                boolean object = tokens.get(mention.last() - 1).relation().equals("obj") && head >= 0
                        && ACTING.contains(tokens.get(head).lemma().toLowerCase(java.util.Locale.ROOT));
                if (afterAs || role || object) {
                    characters.add(Names.key(mention.text()));
                    characters.add(Names.last(mention.text()));
                }
            }
        }
        return characters;
    }

    private static boolean acting(List<Parsed.Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (ACTING.contains(tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> NAME_TYPES = java.util.Set.of("PERSON", "ORGANIZATION", "LOCATION",
            "CITY", "COUNTRY", "STATE_OR_PROVINCE", "MISC");
    /**
     * The most digits a figure may have: no story counts past trillions, a double holds no more exactly, and one of
     * 400 digits is no number at all to the arithmetic that makes up wrong choices.
     */
    private static final int MAX_FIGURE_DIGITS = 15;
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d[\\d,.]*");

    /**
     * One type for one name throughout the article: the models may call "Versum" a person in one sentence and a
     * place in the next. The type most of its mentions get wins, and a word that ends a person's full name is that
     * person.
     */
    private static List<Parsed.Line> consistent(List<Parsed.Line> lines) {
        java.util.Map<String, java.util.Map<String, Integer>> votes = new java.util.HashMap<>();
        java.util.Set<String> personWords = new java.util.HashSet<>();
        for (Parsed.Line line : lines) {
            for (Parsed.Mention mention : line.mentions()) {
                if (NAME_TYPES.contains(mention.type())) {
                    votes.computeIfAbsent(Names.key(mention.text()), k -> new java.util.TreeMap<>())
                            .merge(mention.type(), 1, Integer::sum);
                    if (mention.type().equals("PERSON") && mention.text().contains(" ")) {
                        personWords.add(Names.last(mention.text()));
                    }
                }
            }
        }
        java.util.Set<String> characters = characters(lines);
        java.util.Set<String> firms = firmNames(lines);
        List<Parsed.Line> fixed = new ArrayList<>();
        for (Parsed.Line line : lines) {
            List<Parsed.Mention> mentions = new ArrayList<>();
            for (Parsed.Mention mention : line.mentions()) {
                String type = mention.type();
                if (NAME_TYPES.contains(type)) {
                    String key = Names.key(mention.text());
                    type = !key.contains(" ") && personWords.contains(key) ? "PERSON"
                            : votes.get(key).entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                                    .orElseThrow().getKey();
                    if (firms.contains(key)) {
                        type = "ORGANIZATION";
                    } else if (type.equals("PERSON") && (characters.contains(key)
                            || characters.contains(Names.last(key)))) {
                        type = CHARACTER;
                    }
                }
                mentions.add(new Parsed.Mention(type, mention.text(), mention.first(), mention.last(),
                        mention.normalized()));
            }
            fixed.add(new Parsed.Line(line.index(), line.paragraph(), line.begin(), line.end(), line.text(),
                    line.tokens(), mentions));
        }
        return fixed;
    }

    private static final java.util.regex.Pattern FIRM = java.util.regex.Pattern.compile(
            "(?i)^(.+?)(?:,? (?:&|and) co\\.?|,? (?:inc|corp|co|ltd|llc|plc|ag|sa|nv|se|group|holdings|corporation"
                    + "|incorporated|company|limited|pictures|studios|films|entertainment|productions|media|partners|technologies"
                    + "|systems|motors|airlines|pharmaceuticals|therapeutics)\\.?)+$");

    /**
     * The names a company goes by in its own story: "Becton Dickinson & Co" is also "Becton Dickinson" and "Becton",
     * which the models, seeing two capitalised words, call a person.
     */
    private static java.util.Set<String> firmNames(List<Parsed.Line> lines) {
        java.util.Set<String> firms = new java.util.HashSet<>();
        for (Parsed.Line line : lines) {
            for (Parsed.Mention mention : line.mentions()) {
                java.util.regex.Matcher firm = FIRM.matcher(mention.text().strip());
                if (mention.type().equals("ORGANIZATION") && firm.matches()) {
                    String[] words = Names.key(firm.group(1)).split(" ");
                    for (int n = 1; n <= words.length; n++) {
                        firms.add(String.join(" ", java.util.Arrays.copyOf(words, n)));
                    }
                    firms.add(Names.key(mention.text()));
                }
            }
        }
        return firms;
    }

    private static List<Parsed.Token> tokens(CoreSentence sentence, List<CoreLabel> labels) {
        int[] heads = new int[labels.size()];
        String[] relations = new String[labels.size()];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(relations, "root");
        // The basic dependencies are a tree, one head per token; the enhanced graph CoreNLP also gives has several.
        SemanticGraph graph = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                IndexedWord dependent = edge.getDependent();
                heads[dependent.index() - 1] = edge.getGovernor().index() - 1;
                relations[dependent.index() - 1] = edge.getRelation().toString();
            }
        } else {
            // No parse (a sentence over the parser's length): no token has a head, so no clause is read from it.
            java.util.Arrays.fill(relations, "none");
        }
        List<Parsed.Token> tokens = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            tokens.add(new Parsed.Token(label.originalText(), label.tag(), label.lemma(), label.beginPosition(),
                    label.endPosition(), heads[i], relations[i]));
        }
        return tokens;
    }

    private static final java.util.regex.Pattern SET = java.util.regex.Pattern
            .compile("\\d{1,2}-\\d{1,2}(?:\\(\\d+\\))?");

    /**
     * Scores, which the models call numbers ("6-4"): one score of consecutive sets ("6-4, 6-4"), since the result of a
     * match is what a sports story is about.
     */
    private static List<Parsed.Mention> scores(String article, List<CoreLabel> labels, List<Parsed.Mention> mentions) {
        List<Parsed.Mention> merged = new ArrayList<>();
        for (Parsed.Mention mention : mentions) {
            boolean set = mention.type().equals("NUMBER") && SET.matcher(mention.text()).matches();
            Parsed.Mention previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (set && previous != null && previous.type().equals("SCORE") && previous.last() + 1 == mention.first()
                    && labels.get(previous.last()).originalText().equals(",")) {
                merged.set(merged.size() - 1, new Parsed.Mention("SCORE", article.substring(
                        labels.get(previous.first()).beginPosition(), labels.get(mention.last() - 1).endPosition()),
                        previous.first(), mention.last(), null));
            } else {
                merged.add(set ? new Parsed.Mention("SCORE", mention.text(), mention.first(), mention.last(), null)
                        : mention);
            }
        }
        return merged;
    }

    private static final java.util.regex.Pattern WEEKDAY_FIRST = java.util.regex.Pattern.compile(
            "^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, ");

    /** Scale words CoreNLP leaves out of an amount written "$17.7M" or "$4 bn". */
    private static final java.util.Set<String> SCALES = java.util.Set.of("M", "B", "bn", "m", "million", "billion",
            "thousand", "trillion");

    private static List<Parsed.Mention> mentions(String article, CoreSentence sentence, List<CoreLabel> labels) {
        List<Parsed.Mention> mentions = new ArrayList<>();
        int sentenceStart = labels.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
        for (CoreEntityMention mention : sentence.entityMentions()) {
            List<CoreLabel> tokens = mention.tokens();
            // "He" and "her" are mentions of a person to CoreNLP; to the generator they are pronouns.
            if (tokens.stream().allMatch(token -> token.tag() != null && token.tag().startsWith("PRP"))) {
                continue;
            }
            if (!countable(mention.text())) {
                continue;
            }
            int first = tokens.get(0).get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart;
            int last = tokens.get(tokens.size() - 1).get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart
                    + 1;
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            if (mention.entityType().equals("MONEY") && last < labels.size()
                    && SCALES.contains(labels.get(last).word())) {
                end = labels.get(last).endPosition();
                last++;
            }
            String text = article.substring(begin, end);
            // "Thursday, January 23, 2020": the date is the value; the weekday stays in the sentence.
            java.util.regex.Matcher weekday = WEEKDAY_FIRST.matcher(text);
            if (mention.entityType().equals("DATE") && weekday.find() && last - first > 2) {
                int skip = 0;
                while (skip < tokens.size() && tokens.get(skip).endPosition() <= begin + weekday.end() - 1) {
                    skip++;
                }
                first += skip;
                text = text.substring(weekday.end());
            }
            mentions.add(new Parsed.Mention(mention.entityType(), text, first, last,
                    tokens.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        return mentions;
    }

    /** Whether every figure of a mention has at most {@link #MAX_FIGURE_DIGITS} digits. */
    private static boolean countable(String text) {
        java.util.regex.Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            if (figure.group().chars().filter(Character::isDigit).count() > MAX_FIGURE_DIGITS) {
                return false;
            }
        }
        return true;
    }
}
