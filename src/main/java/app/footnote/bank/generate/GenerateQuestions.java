package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import app.footnote.bank.Bank;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.bank.BankValidator;
import app.footnote.bank.Slugs;
import app.footnote.bank.TextMatch;

/**
 * Article texts in, draft questions out. Each article is read by the language models ({@link ReadArticle}); each
 * sentence gives the questions its clause can ask ({@link AskSentence}); the story's central facts are kept, a few per
 * hundred words; a fact several articles state becomes one question citing each of them, and a fact they disagree on
 * is asked only as each article's claim ("According to …"). Every question is checked by the bank's own validator
 * before it is returned.
 */
public final class GenerateQuestions {

    /** The longest article text taken, in characters (the size of the article column, too). */
    public static final int MAX_ARTICLE_CHARS = 200_000;
    /**
     * The part of an article the models read, in characters (some 4,000 words): a story's facts are in its first
     * screens, and the bound keeps any upload to seconds of work.
     */
    static final int MAX_READ_CHARS = 24_000;
    /** An attribution names at most this many articles; a claim more articles make is not attributed but left out. */
    static final int MAX_ATTRIBUTED_ARTICLES = 2;
    /** One question kept per this many words of an article, the best ranked first. */
    static final int WORDS_PER_QUESTION = 22;
    /** At most this many questions from one sentence: a sentence of five figures is not five facts of the story. */
    static final int MAX_PER_SENTENCE = 2;
    private static final int MAX_SUBJECT_SLUG = 40;
    private static final java.util.regex.Pattern HEADLINE_FIGURE = java.util.regex.Pattern.compile(
            "(?i)\\d[\\d,]*(?:\\.\\d+)?\\s?(?:bn|b|m|k|million|billion|trillion|thousand)?\\b");

    private final Consumer<String> progress;

    public GenerateQuestions() {
        this(line -> {
        });
    }

    /** @param progress hears of anything slow: loading the models, each article read */
    public GenerateQuestions(Consumer<String> progress) {
        this.progress = progress;
    }

    public Generation generate(List<BankArticle> articles) {
        List<String> skipped = new ArrayList<>();
        Map<String, Read> read = new LinkedHashMap<>();
        for (BankArticle article : articles) {
            readArticle(article, skipped).ifPresent(r -> read.put(article.id(), r));
        }
        List<WrongChoices.Known> known = new ArrayList<>();
        // A name the next capitalised word continues ("Cape Canaveral Air Force" of "… Station") is a piece of one;
        // one a number follows ("Falcon 9", "Delta 2") names a product, no company.
        read.values().forEach(r -> r.parsed.sentences().forEach(line -> line.mentions().stream()
                .filter(m -> m.last() >= line.tokens().size() || !m.type().equals("ORGANIZATION")
                        && !m.type().equals("PERSON") || !line.tokens().get(m.last()).tag().equals("CD")
                                && (!line.tokens().get(m.last()).tag().startsWith("NNP")
                                        || !Character.isUpperCase(line.tokens().get(m.last()).word().charAt(0))))
                .forEach(m -> known.add(new WrongChoices.Known(m.text(), r.kind(m.type(), m.text()), r.article.id(),
                        line.index(), r.beat, WrongChoices.counted(line, m))))));
        Run run = new Run(articles, read, known, skipped);
        List<Candidate> kept = new ArrayList<>();
        read.values().forEach(r -> kept.addAll(run.best(r)));
        run.ask(kept);
        return run.checked();
    }

    /** An article read by the models, with what the rules need of all of it. */
    /**
     * @param topics the events, teams, companies and places the article names: what tells two stories on one subject
     * @param main the article's three most-named names (named more than once), whose questions are easy
     * @param plain the words the article writes in lower case somewhere: common words, not names
     * @param advisers the organisations advising on the story's deal, of another kind than its parties
     */
    private record Read(BankArticle article, Parsed parsed, Beat beat, int words, Map<String, Integer> mentions,
            List<Candidate> candidates, Set<String> crew, Set<String> topics, Set<String> main, Set<String> plain,
            Set<String> advisers, Roles.Called called) {

        /** The kind of a value of this article: a person who makes the story is of another kind than its cast. */
        String kind(String type, String text) {
            return roleOf(WrongChoices.kindOf(type, text), text, crew, advisers, called);
        }
    }

    /**
     * A kind as the article's roles refine it: what the article calls the person or company ("defender", "maker"), a
     * person who makes the story, a firm that advises on its deal, a piece of a product's name.
     */
    private static String roleOf(String kind, String text, Set<String> crew, Set<String> advisers,
            Roles.Called called) {
        if (kind.startsWith(Organizations.OTHER) && advisers.contains(Names.key(text))) {
            return Organizations.ADVISER;
        }
        if (kind.equals(Organizations.OTHER) && called.parts().contains(Names.key(text))) {
            return Organizations.PART + Names.key(text);
        }
        String noun = called.nouns().get(Roles.nameKey(kind.startsWith("PERSON") ? "PERSON" : "ORG", text));
        if (noun != null && (kind.equals("PERSON") || kind.equals(Organizations.OTHER))) {
            return kind + ":" + noun;
        }
        return kind.equals("PERSON") && crew.contains(Names.last(text)) ? Roles.CREW : kind;
    }

    private Optional<Read> readArticle(BankArticle article, List<String> skipped) {
        String text = article.text() == null ? "" : article.text();
        Optional<String> unreadable = Readable.problem(text);
        if (unreadable.isPresent()) {
            skipped.add(article.id() + ": " + unreadable.get() + "; no questions");
            return Optional.empty();
        }
        if (text.length() > MAX_READ_CHARS) {
            int cut = Math.max(text.lastIndexOf('\n', MAX_READ_CHARS), text.lastIndexOf(". ", MAX_READ_CHARS) + 1);
            text = text.substring(0, cut > MAX_READ_CHARS / 2 ? cut : MAX_READ_CHARS);
            skipped.add(article.id() + ": the text from character " + text.length() + " on is not read; the first "
                    + MAX_READ_CHARS + " characters of an article are");
        }
        long start = System.nanoTime();
        progress.accept("Reading " + article.id() + " (" + Readable.words(text) + " words)…");
        Parsed parsed = ReadArticle.read(text, progress);
        Beat beat = Beat.of(parsed);
        Map<String, Integer> mentions = new HashMap<>();
        for (Parsed.Line line : parsed.sentences()) {
            line.mentions().stream().map(m -> mentionKey(m.type(), m.text())).distinct()
                    .forEach(key -> mentions.merge(key, 1, Integer::sum));
        }
        AskSentence ask = new AskSentence(article.id(), beat);
        String work = beat == Beat.TELEVISION || beat == Beat.FILM ? MainWork.of(article.title(), text, parsed)
                : null;
        List<Candidate> candidates = new ArrayList<>();
        String person = null;
        String organization = null;
        Map<String, String> fullNames = new HashMap<>();
        for (Parsed.Line line : parsed.sentences()) {
            candidates.addAll(ask.ask(line, new AskSentence.Antecedents(person, organization, work)));
            // "He" and "it" stand for the person or organisation the sentence before was about, if any.
            Parsed.Mention subject = line.subjectOf(line.root()) < 0 ? null
                    : line.mentionAt(line.subjectOf(line.root()));
            for (Parsed.Mention mention : line.mentions()) {
                if (mention.type().equals("PERSON") && mention.text().contains(" ")) {
                    fullNames.put(Names.last(mention.text()), mention.text());
                }
            }
            boolean pronounSubject = line.subjectOf(line.root()) >= 0
                    && line.tokens().get(line.subjectOf(line.root())).tag().startsWith("PRP");
            if (subject != null && subject.type().equals("PERSON")) {
                person = fullNames.getOrDefault(Names.last(subject.text()), subject.text());
                organization = null;
            } else if (subject != null && subject.type().equals("ORGANIZATION")) {
                organization = subject.text();
                person = null;
            } else if (!pronounSubject) {
                person = null;
                organization = null;
            }
        }
        if (candidates.isEmpty()) {
            skipped.add(article.id() + ": no sentence states a fact a question can ask (a named person, place,"
                    + " organisation, date or figure in a clause that names what it is about)");
        }
        Set<String> crew = Roles.crew(parsed);
        Set<String> advisers = Organizations.advisers(parsed);
        Roles.Called called = new Roles.Called(Roles.nouns(parsed), Roles.parts(parsed));
        List<Candidate> kinded = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean framed = !Run.inStory(article, c.prompt(), c.answer()).equals(c.prompt());
            Optional<String> problem = WellFormed.problem(c.prompt(), c.line(), framed, c.names());
            if (problem.isPresent()) {
                skipped.add(article.id() + ": “" + c.prompt() + "” → " + c.answer() + ": left out, "
                        + problem.get());
            } else {
                kinded.add(c.ofKind(roleOf(c.kind(), c.answer(), crew, advisers, called)));
            }
        }
        Set<String> topics = new HashSet<>();
        parsed.sentences().forEach(line -> line.mentions().stream()
                .filter(m -> Set.of("ORGANIZATION", "MISC").contains(m.type()))
                .forEach(m -> topics.add(Names.key(m.text()))));
        Set<String> main = mentions.entrySet().stream().filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> plain = parsed.sentences().stream().flatMap(line -> line.tokens().stream())
                .map(Parsed.Token::word).filter(word -> word.equals(word.toLowerCase(Locale.ROOT)))
                .map(Names::key).collect(Collectors.toSet());
        Read result = new Read(article, parsed, beat, Readable.words(text), mentions, kinded, crew, topics, main,
                plain, advisers, called);
        progress.accept(String.format("Read %s in %.1f s: %d sentences, %d possible questions.", article.id(),
                (System.nanoTime() - start) / 1e9, parsed.sentences().size(), candidates.size()));
        return Optional.of(result);
    }

    /** The article's mentions of people, as written, in the order it makes them. */
    private static List<String> people(Parsed parsed) {
        return parsed.sentences().stream().flatMap(line -> line.mentions().stream())
                .filter(mention -> mention.type().equals("PERSON")).map(Parsed.Mention::text).toList();
    }

    /** A name as the article's mentions of it are counted: a person by the last word of the name. */
    private static String mentionKey(String type, String text) {
        return type.equals("PERSON") ? Names.last(text) : Names.key(text);
    }

    /** The state of one generation: what was asked, reported and left out so far. */
    private static final class Run {

        private final List<BankArticle> articles;
        private final Map<String, Read> read;
        private final List<WrongChoices.Known> known;
        private final List<Generation.Drafted> drafted = new ArrayList<>();
        private final List<String> conflicts = new ArrayList<>();
        private final List<String> skipped;
        private final Set<String> ids = new HashSet<>();
        private int facts;

        Run(List<BankArticle> articles, Map<String, Read> read, List<WrongChoices.Known> known,
                List<String> skipped) {
            this.articles = articles;
            this.read = read;
            this.known = known;
            this.skipped = skipped;
        }

        /** The article's best questions, the lead's before side facts; one per answer and a few per sentence. */
        List<Candidate> best(Read article) {
            List<Candidate> scored = article.candidates.stream().map(c -> scored(article, c))
                    .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                            .thenComparingInt(c -> c.line().index()))
                    .toList();
            facts += scored.size();
            int room = Math.max(3, (article.words + WORDS_PER_QUESTION - 1) / WORDS_PER_QUESTION);
            List<Candidate> kept = new ArrayList<>();
            Set<String> answers = new HashSet<>();
            Set<String> prompts = new HashSet<>();
            Map<Integer, Integer> perSentence = new HashMap<>();
            // Every possible question not kept is counted under why, so the moderator reads where the rest went.
            Map<String, Integer> leftOut = new LinkedHashMap<>();
            String text = " " + Names.key(article.article.text() + " " + article.article.title()) + " ";
            for (Candidate candidate : scored) {
                String why = whyNot(article, candidate, text, kept, answers, prompts, perSentence, room);
                if (why != null) {
                    leftOut.merge(why, 1, Integer::sum);
                    continue;
                }
                perSentence.merge(candidate.line().index(), 1, Integer::sum);
                kept.add(candidate);
            }
            if (!leftOut.isEmpty()) {
                skipped.add(article.article.id() + ": " + scored.size() + " possible question(s), " + kept.size()
                        + " kept; left out " + leftOut.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                                .collect(Collectors.joining(", ")));
            }
            return kept;
        }

        /** Why a possible question is not kept beside those kept so far; null when it is. */
        private static String whyNot(Read article, Candidate candidate, String text, List<Candidate> kept,
                Set<String> answers, Set<String> prompts, Map<Integer, Integer> perSentence, int room) {
            if (givenAway(article, candidate, text)) {
                return "whose prompt gives the answer away";
            }
            // Blanking each member of one list in turn asks the same fact again.
            if (kept.stream().anyMatch(other -> other.line().index() == candidate.line().index()
                    && other.kind().equals(candidate.kind()))) {
                return "asking another member of a list already asked";
            }
            if (!answers.add(TextMatch.choiceKey(candidate.answer()))) {
                return "with an answer a better question has";
            }
            if (perSentence.getOrDefault(candidate.line().index(), 0) >= MAX_PER_SENTENCE) {
                return "from a sentence already asked " + MAX_PER_SENTENCE + " times";
            }
            if (kept.size() >= room) {
                return "ranked below the " + room + " kept (one per " + WORDS_PER_QUESTION + " words of the article)";
            }
            if (!prompts.add(BankValidator.promptKey(candidate.prompt()))) {
                return "with the prompt of a better question";
            }
            return null;
        }

        /**
         * Whether the prompt gives a named answer away: a word of the answer's name is in it ("took the legal route
         * against Acacia" for Acacia Communications), or it names a thing the article calls by the answer's name
         * ("Falcon 9" of "SpaceX Falcon 9" for SpaceX).
         */
        private static boolean givenAway(Read article, Candidate c, String text) {
            if (WrongChoices.order(c.kind(), c.answer()).isPresent()) {
                return false;
            }
            String answer = Names.key(c.answer());
            return Names.sharesWord(c.prompt(), c.answer(), article.plain)
                    || c.names().stream().anyMatch(name -> text.contains(" " + answer + " " + Names.key(name) + " "));
        }

        /**
         * How central a question's fact is: early in the article, about names the article repeats or its headline
         * gives, its answer one of those names.
         */
        private static Candidate scored(Read article, Candidate c) {
            String title = " " + Names.key(article.article.title() == null ? "" : article.article.title()) + " ";
            double score = 2.0 / (1 + 0.3 * c.line().index()) + 0.4 / (1 + c.line().paragraph());
            int answerMentions = article.mentions.getOrDefault(mentionKey(c.fineType(), c.answer()), 1);
            score += 0.15 * Math.min(answerMentions, 5);
            int promptMentions = c.names().stream().mapToInt(n -> Math.max(article.mentions.getOrDefault(
                    Names.key(n), 0), article.mentions.getOrDefault(Names.last(n), 0))).max().orElse(0);
            score += 0.1 * Math.min(promptMentions, 5);
            if (title.contains(" " + Names.key(c.answer()) + " ")) {
                score += 0.5;
            }
            if (c.names().stream().anyMatch(n -> title.contains(" " + Names.last(n) + " "))) {
                score += 0.3;
            }
            return c.scored(score);
        }

        /**
         * Writes the kept questions. The same fact in several articles (same verb, kind of answer and names) is one
         * question citing each; when they give it different values, each claim is asked as its articles'.
         */
        void ask(List<Candidate> kept) {
            Map<String, List<Candidate>> byKey = kept.stream().collect(Collectors.groupingBy(Candidate::key,
                    LinkedHashMap::new, Collectors.toList()));
            for (List<Candidate> group : byKey.values()) {
                Set<String> inArticles = group.stream().map(Candidate::articleId).collect(Collectors.toSet());
                if (inArticles.size() == 1 || group.get(0).names().isEmpty()) {
                    group.forEach(c -> write(c, List.of(c), null, List.of()));
                    continue;
                }
                Map<String, List<Candidate>> byValue = group.stream().collect(Collectors.groupingBy(
                        c -> TextMatch.choiceKey(c.answer()), LinkedHashMap::new, Collectors.toList()));
                if (byValue.size() == 1) {
                    write(group.get(0), group, null, List.of());
                    continue;
                }
                List<String> claims = new ArrayList<>();
                for (List<Candidate> claim : byValue.values()) {
                    List<String> claimArticles = articleIds(claim);
                    String resolution;
                    if (claimArticles.size() > MAX_ATTRIBUTED_ARTICLES) {
                        resolution = "left out: stated by " + claimArticles.size() + " articles, too many to attribute";
                    } else {
                        List<String> others = byValue.values().stream().filter(other -> other != claim)
                                .map(other -> titles(articleIds(other)) + (articleIds(other).size() > 1 ? " say "
                                        : " says ") + other.get(0).answer())
                                .toList();
                        // The other articles' values are not wrong, only disputed: no wrong choice either.
                        Set<String> disputed = byValue.values().stream().filter(other -> other != claim)
                                .map(other -> other.get(0).answer()).collect(Collectors.toSet());
                        boolean asked = write(claim.get(0).alongside(disputed), claim, titles(claimArticles), others);
                        resolution = asked ? "asked as the claim of " + titles(claimArticles) : "left out (see above)";
                    }
                    claims.add(claim.get(0).answer() + " in " + String.join(", ", claimArticles) + " — " + resolution);
                }
                conflicts.add(group.get(0).prompt() + ": " + String.join("; ", claims));
            }
        }

        /**
         * Writes one question.
         *
         * @param attribution whose claim it is, when the articles disagree; {@code null} when they do not
         * @param others what the other articles claim instead
         * @return whether a question was written
         */
        private boolean write(Candidate c, List<Candidate> sources, String attribution, List<String> others) {
            Read article = read.get(c.articleId());
            String prompt = c.prompt();
            if (attribution != null) {
                prompt = "According to " + attribution + ", " + (prompt.startsWith("Who ") || prompt.startsWith(
                        "Which ") ? Character.toLowerCase(prompt.charAt(0)) + prompt.substring(1) : prompt);
            } else {
                prompt = inStory(article.article, prompt, c.answer());
            }
            Optional<List<String>> wrong = new WrongChoices(known, article.beat,
                    other -> read.containsKey(other)
                            && read.get(other).topics.stream().anyMatch(article.topics::contains))
                    .choose(c, prompt, article.plain);
            if (wrong.isEmpty()) {
                skipped.add(c.articleId() + ": “" + c.prompt() + "” → " + c.answer() + ": fewer than "
                        + BankValidator.MIN_WRONG + " wrong choices of its kind (" + c.kind().toLowerCase(Locale.ROOT)
                        + ") in the articles");
                return false;
            }
            String verb = c.key().substring(0, c.key().indexOf('|'));
            String subject = c.names().isEmpty() ? c.articleId() : c.names().iterator().next();
            String id = Slugs.free(Slugs.of(subject, Integer.MAX_VALUE, MAX_SUBJECT_SLUG) + "-" + Slugs.of(verb, 3,
                    20) + "-" + Slugs.of(c.kind().replaceFirst(".*:", ""), 3, 20)
                    + (attribution == null ? "" : "-per-" + String.join("-", articleIds(sources).stream()
                            .map(a -> Slugs.of(a, Integer.MAX_VALUE, 20)).toList())),
                    ids::contains);
            ids.add(id);
            List<BankSource> cited = new ArrayList<>();
            for (String articleId : articleIds(sources).stream().limit(BankValidator.MAX_SOURCES).toList()) {
                Candidate source = sources.stream().filter(s -> s.articleId().equals(articleId)).findFirst()
                        .orElseThrow();
                cited.add(new BankSource(articleId, null, source.line().text(), 0));
            }
            String explanation = c.answer() + ", as " + titles(articleIds(sources)) + " reported.";
            if (!others.isEmpty()) {
                explanation += " Other articles disagree: " + String.join("; ", others) + ".";
            }
            int mentions = article.mentions.getOrDefault(mentionKey(c.fineType(), c.answer()), 1);
            boolean main = article.main.contains(mentionKey(c.fineType(), c.answer()));
            drafted.add(new Generation.Drafted(c.articleId(), c.kind(), BankQuestion.of(id,
                    article.beat.category(verb, c.kind().replaceFirst(":.*", ""),
                            article.beat.story(article.article.title(), article.parsed)),
                    Beat.difficulty(c, mentions, main),
                    prompt, c.answer(), wrong.get(), explanation, cited)
                    .withAccept(AcceptedNames.of(c.answer(), c.fineType(), people(article.parsed), wrong.get()))
                    .asDraft(true)));
            return true;
        }

        /**
         * The prompt under its story's headline: a sentence of a news story leans on the story for which match, deal
         * or launch it means, and the headline says it ("In “Svitolina beats Stephens to win WTA Finals”: …"). Left
         * as it is when the headline gives the answer away or the prompt would grow too long.
         */
        static String inStory(BankArticle article, String prompt, String answer) {
            String headline = article.title();
            if (headline == null || headline.isBlank() || headline.equals(article.id()) || gives(headline, answer)) {
                return prompt;
            }
            String framed = "In “" + headline.strip() + "”: " + prompt;
            return framed.length() <= BankValidator.MAX_PROMPT_LENGTH ? framed : prompt;
        }

        /** Whether a headline gives the answer: one of its names' words ("Cisco" of "Cisco Systems Inc"), its number. */
        private static boolean gives(String headline, String answer) {
            if (TextMatch.containsAnswer(headline, answer)) {
                return true;
            }
            String words = " " + Names.key(headline) + " ";
            for (String word : Names.key(answer).split(" ")) {
                if (word.length() >= 3 && !Set.of("the", "and", "inc", "corp", "co", "ltd", "million", "billion")
                        .contains(word) && words.contains(" " + word + " ")) {
                    return true;
                }
            }
            if (WrongChoices.number(answer).filter(n -> n >= 10 && n != Math.floor(n) || n >= 100)
                    .map(n -> headline.contains(String.valueOf(n).replaceAll("\\.0$", ""))).orElse(false)) {
                return true;
            }
            // "$4.5bn" in the headline is the "$4.5 billion" asked.
            Optional<Double> asked = WrongChoices.order("MONEY", answer);
            java.util.regex.Matcher figure = HEADLINE_FIGURE.matcher(headline);
            while (asked.isPresent() && figure.find()) {
                Optional<Double> given = WrongChoices.order("MONEY", figure.group());
                if (given.isPresent() && Math.abs(given.get() - asked.get()) <= 1e-9 * Math.abs(asked.get())) {
                    return true;
                }
            }
            return false;
        }

        /** The questions that pass the bank's validator; any that does not is reported, never returned. */
        Generation checked() {
            List<BankQuestion> questions = drafted.stream().map(Generation.Drafted::question).toList();
            List<BankProblem> problems = new BankValidator().validate(new Bank(articles, questions, List.of()));
            Set<String> failed = new LinkedHashSet<>();
            problems.forEach(problem -> {
                failed.add(problem.questionId());
                skipped.add(problem.questionId() + ": " + problem.field() + " " + problem.message());
            });
            List<Generation.Drafted> passed = drafted.stream().filter(d -> !failed.contains(d.question().id()))
                    .toList();
            Map<String, Integer> words = new LinkedHashMap<>();
            read.values().forEach(r -> words.put(r.article.id(), r.words));
            return new Generation(passed, conflicts, skipped, facts, words);
        }

        private String titles(List<String> articleIds) {
            List<String> names = articleIds.stream().map(id -> {
                BankArticle article = read.get(id).article;
                if (article.outlet() != null) {
                    return article.outlet();
                }
                return "“" + (article.title() != null ? article.title() : id) + "”";
            }).toList();
            return names.size() <= 1 ? String.join("", names)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }

        private static List<String> articleIds(List<Candidate> candidates) {
            return candidates.stream().map(Candidate::articleId).distinct().toList();
        }
    }
}
