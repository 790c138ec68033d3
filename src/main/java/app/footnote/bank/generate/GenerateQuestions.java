package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.footnote.bank.Bank;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.bank.BankValidator;
import app.footnote.bank.Slugs;

/**
 * Article texts in, draft questions out. Each sentence is read by the patterns; facts about the same subject are put
 * together across articles, so that a fact several articles state becomes one question citing each of them, and a
 * fact they disagree on is reported and asked only as one article's claim ("According to …"). Every question is
 * checked by the bank's own validator before it is returned.
 */
public final class GenerateQuestions {

    /**
     * The longest article text read, in characters (the size of the article column, too). With every sentence and the
     * facts of an article bounded as well, any text of this size is read in a few seconds.
     */
    public static final int MAX_ARTICLE_CHARS = 200_000;
    /** An attribution names at most this many articles; a claim more articles make is not attributed but left out. */
    static final int MAX_ATTRIBUTED_ARTICLES = 2;
    /**
     * The most facts (fill-in-the-blanks included) read from one article; the rest of its text is left unread. A news
     * article states a few dozen: the bound keeps the work of choosing wrong choices, which compares each question
     * with every value, small for any text.
     */
    static final int MAX_FACTS_PER_ARTICLE = 500;
    private static final int MAX_SUBJECT_SLUG = 60;

    private final List<FactPattern> patterns = List.of(new ReleasePatterns(), new CreditPatterns(),
            new StoryPatterns(), new ProductionPatterns());

    public Generation generate(List<BankArticle> articles) {
        List<ArticleContext> contexts = articles.stream().map(ArticleContext::of).toList();
        List<Fact> facts = new ArrayList<>();
        List<Fact> blanks = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (ArticleContext context : contexts) {
            read(context, facts, blanks, unread);
        }
        Run run = new Run(articles, contexts, facts);
        run.skipped.addAll(unread);
        Map<String, List<Fact>> bySubject = facts.stream()
                .collect(Collectors.groupingBy(Fact::subjectKey, LinkedHashMap::new, Collectors.toList()));
        for (List<Fact> group : bySubject.values()) {
            if (group.get(0).relation().list()) {
                run.askOneOf(group);
            } else {
                run.askValue(group);
            }
        }
        blanks.forEach(blank -> run.ask(blank, blank.value(), List.of(blank), null, List.of(), ""));
        return run.checked();
    }

    /** The facts of one article; a sentence in which no pattern found one may become a fill-in-the-blank. */
    List<Fact> read(BankArticle article) {
        List<Fact> facts = new ArrayList<>();
        read(ArticleContext.of(article), facts, new ArrayList<>(), new ArrayList<>());
        return facts;
    }

    /** Adds the article's facts and blanks, and to {@code unread} a line for each part of its text not read. */
    private void read(ArticleContext context, List<Fact> facts, List<Fact> blanks, List<String> unread) {
        BankArticle article = context.article();
        context.tooLong().forEach(sentence -> unread.add(article.id() + ": the sentence at character "
                + sentence.start() + " is " + sentence.text().length() + " characters long; sentences over "
                + ArticleContext.MAX_SENTENCE_CHARS + " are not read"));
        Set<String> seen = new HashSet<>();
        int before = facts.size() + blanks.size();
        for (Sentence sentence : context.sentences()) {
            if (facts.size() + blanks.size() - before >= MAX_FACTS_PER_ARTICLE) {
                unread.add(article.id() + ": the text from character " + sentence.start() + " on is not read; at most "
                        + MAX_FACTS_PER_ARTICLE + " facts are read from one article");
                return;
            }
            Found found = new Found(sentence, context);
            patterns.forEach(pattern -> pattern.find(found));
            // Two patterns may read the same fact from one sentence: keep it once.
            found.facts().stream().filter(fact -> seen.add(fact.subjectKey() + "|" + sentence.start() + "|"
                    + fact.values().stream().map(Value::key).toList())).forEach(facts::add);
            if (found.facts().isEmpty()) {
                FillInTheBlank.of(found).ifPresent(blank -> blanks.add(new Fact(Relation.FILL_IN, blank.blanked(),
                        List.of(blank.value()), Map.of("sentence", sentence.text()), article.id(), sentence,
                        context.work())));
            }
        }
    }

    /** The state of one generation: what was asked, reported and left out so far. */
    private static final class Run {

        private final List<BankArticle> articles;
        private final Map<String, BankArticle> byId;
        private final List<Fact> facts;
        /** The values of the facts of each relation, by what they are about and by the work they are in. */
        private final Map<List<Object>, Set<String>> valuesBySubject = new HashMap<>();
        private final Distractors distractors;
        private final List<Generation.Drafted> drafted = new ArrayList<>();
        private final List<String> conflicts = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Run(List<BankArticle> articles, List<ArticleContext> contexts, List<Fact> facts) {
            this.articles = articles;
            this.byId = articles.stream().collect(Collectors.toMap(BankArticle::id, Function.identity(), (a, b) -> a));
            this.facts = facts;
            for (Fact fact : facts) {
                Set<String> keys = fact.values().stream().map(Value::key).collect(Collectors.toSet());
                valuesBySubject.computeIfAbsent(List.of(fact.relation(), fact.about()), k -> new HashSet<>())
                        .addAll(keys);
                valuesBySubject.computeIfAbsent(List.of(fact.relation(), fact.workKey()), k -> new HashSet<>())
                        .addAll(keys);
            }
            this.distractors = new Distractors(new ChoicePool(contexts, facts));
        }

        /** A fact with one value: one question, or, when the articles disagree, one attributed question per claim. */
        void askValue(List<Fact> group) {
            Map<String, List<Fact>> byValue = group.stream().collect(
                    Collectors.groupingBy(fact -> fact.value().key(), LinkedHashMap::new, Collectors.toList()));
            if (byValue.size() == 1) {
                ask(group.get(0), group.get(0).value(), group, null, List.of(), "");
                return;
            }
            // An article that states two values for one fact is no source for either.
            Map<String, Set<String>> valuesByArticle = new LinkedHashMap<>();
            group.forEach(fact -> valuesByArticle.computeIfAbsent(fact.articleId(), a -> new HashSet<>())
                    .add(fact.value().key()));
            Set<String> selfContradicting = valuesByArticle.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            List<String> claims = new ArrayList<>();
            for (List<Fact> claim : byValue.values()) {
                List<Fact> usable = claim.stream().filter(f -> !selfContradicting.contains(f.articleId())).toList();
                List<String> usableArticles = articleIds(usable);
                String resolution;
                if (usable.isEmpty()) {
                    resolution = "left out: only an article that also states another value says so";
                } else if (usableArticles.size() > MAX_ATTRIBUTED_ARTICLES) {
                    resolution = "left out: stated by " + usableArticles.size() + " articles, too many to attribute";
                } else {
                    List<String> others = byValue.values().stream().filter(other -> other != claim)
                            .map(other -> titles(articleIds(other)) + " " + (articleIds(other).size() > 1 ? "say "
                                    : "says ") + other.get(0).value().text())
                            .toList();
                    boolean asked = ask(group.get(0), claim.get(0).value(), usable, titles(usableArticles), others, "");
                    resolution = asked ? "asked as the claim of " + titles(usableArticles) : "left out (see above)";
                }
                claims.add(claim.get(0).value().text() + " in " + String.join(", ", articleIds(claim)) + " — "
                        + resolution);
            }
            Fact first = group.get(0);
            conflicts.add(first.relation().slug() + " of " + subject(group) + ": " + String.join("; ", claims));
        }

        /** A list (the creators of a series): one question asking for one member, the best attested. */
        void askOneOf(List<Fact> group) {
            Map<String, List<Fact>> byMember = new LinkedHashMap<>();
            Map<String, Value> members = new LinkedHashMap<>();
            for (Fact fact : group) {
                for (Value member : fact.values()) {
                    byMember.computeIfAbsent(member.key(), k -> new ArrayList<>()).add(fact);
                    members.putIfAbsent(member.key(), member);
                }
            }
            // On a tie, max keeps the first: the member named first.
            String best = byMember.keySet().stream()
                    .max(Comparator.comparingInt(key -> articleIds(byMember.get(key)).size())).orElseThrow();
            List<String> all = members.values().stream().map(Value::text).toList();
            ask(group.get(0), members.get(best), byMember.get(best), null, List.of(), QuestionText.listed(all));
        }

        /**
         * Writes the question for one value and the facts that state it.
         *
         * @param attribution whose claim it is, when the articles disagree; {@code null} when they do not
         * @param others what the other articles claim instead
         * @return whether a question was written
         */
        boolean ask(Fact fact, Value answer, List<Fact> sources, String attribution, List<String> others,
                String all) {
            Relation relation = fact.relation();
            String subject = subject(sources);
            String prompt = QuestionText.fill(relation.prompt(), subject, fact.work(), fact.slots(), null, List.of());
            if (attribution != null) {
                prompt = QuestionText.attributed(attribution, prompt);
            }
            Optional<List<String>> wrong = distractors.choose(answer, sources.get(0).articleId(), trueKeys(fact),
                    prompt);
            if (wrong.isEmpty()) {
                skipped.add(relation.slug() + " of " + subject + " = " + answer.text() + ": fewer than "
                        + BankValidator.MIN_WRONG + " wrong choices of its kind (" + answer.kind().name().toLowerCase()
                        + ") in the articles");
                return false;
            }
            String explanation = QuestionText.fill(relation.explanation(), subject, fact.work(), fact.slots(),
                    answer.text(), all.isEmpty() ? List.of(answer.text()) : List.of(all));
            if (!others.isEmpty()) {
                explanation += " Other articles disagree: " + String.join("; ", others) + ".";
            }
            List<BankSource> cited = new ArrayList<>();
            // A fact every article of a large run states cites as many as a question may.
            for (String articleId : articleIds(sources).stream().limit(BankValidator.MAX_SOURCES).toList()) {
                Fact source = sources.stream().filter(f -> f.articleId().equals(articleId)).findFirst().orElseThrow();
                cited.add(new BankSource(articleId, null, source.quote(), 0));
            }
            String id = Slugs.free(Slugs.of(subject, Integer.MAX_VALUE, MAX_SUBJECT_SLUG) + "-" + relation.slug()
                    + (attribution == null ? "" : "-per-" + String.join("-", articleIds(sources).stream()
                            .map(a -> Slugs.of(a, Integer.MAX_VALUE, 20)).toList())), ids::contains);
            ids.add(id);
            drafted.add(new Generation.Drafted(relation, subject,
                    BankQuestion.of(id, relation.category(), relation.difficulty(), prompt, answer.text(), wrong.get(),
                            explanation, cited).asDraft(true)));
            return true;
        }

        /** Every value some article gives for the fact's subject (or, for a list about a work, anyone in it). */
        private Set<String> trueKeys(Fact fact) {
            Set<String> keys = new HashSet<>();
            for (Relation relation : fact.relation().alsoTrue()) {
                keys.addAll(valuesBySubject.getOrDefault(List.of(relation, fact.about()), Set.of()));
            }
            fact.values().forEach(value -> keys.add(value.key()));
            return keys;
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
            return new Generation(passed, conflicts, skipped, facts.size());
        }

        /** The fullest way the facts name their subject ("Jean-Luc Picard" rather than "Picard"). */
        private static String subject(List<Fact> facts) {
            return facts.stream().map(Fact::subject).max(Comparator.comparingInt(String::length)).orElseThrow();
        }

        private String titles(List<String> articleIds) {
            return QuestionText.listed(articleIds.stream().map(id -> {
                BankArticle article = byId.get(id);
                if (article.outlet() != null) {
                    return article.outlet();
                }
                return "“" + (article.title() != null ? article.title() : id) + "”";
            }).toList());
        }

        private static List<String> articleIds(List<Fact> facts) {
            return facts.stream().map(Fact::articleId).distinct().toList();
        }

    }
}
