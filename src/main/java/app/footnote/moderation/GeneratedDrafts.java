package app.footnote.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import app.footnote.bank.Article;
import app.footnote.bank.ArticleIds;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankValidator;
import app.footnote.bank.BankWriter;
import app.footnote.bank.InvalidBankException;
import app.footnote.bank.generate.ArticleFiles;
import app.footnote.bank.generate.AsOf;
import app.footnote.bank.generate.GenerateQuestions;
import app.footnote.bank.generate.Generation;
import app.footnote.moderation.QuestionDraft.Kind;
import app.footnote.moderation.QuestionDraft.Status;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Puts generated questions in a server's review queue, where a moderator approves or rejects each like a member's
 * suggestion: drafts from a file ({@code draft: true}), or questions generated here from an article's text. Nobody is
 * announced when one is approved.
 */
@ApplicationScoped
public class GeneratedDrafts {

    private static final Logger LOG = Logger.getLogger(GeneratedDrafts.class);

    /** The longest title, outlet and author name kept; the columns (V1, V5) hold at least as much. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_OUTLET = 200;
    public static final int MAX_AUTHOR_NAME = 100;

    /**
     * What generating from an article did.
     *
     * @param queued how many questions now wait for review
     * @param overLimit how many more were generated than the queue had room for
     * @param alreadyAsked how many the server asks already, or has waiting for review (the same article sent again)
     * @param played how many went straight into play ({@link Destination#play()})
     */
    public record Outcome(String articleId, String title, int queued, int overLimit, int alreadyAsked, int played,
            List<String> conflicts, List<String> skipped) {
    }

    /**
     * Where generated questions go.
     *
     * @param category the category they get; null: the generator's
     * @param play whether those that pass the server's rules go straight into play; the others wait for review
     */
    public record Destination(String category, boolean play) {

        /** The review queue, in the generator's categories. */
        public static final Destination REVIEW = new Destination(null, false);
    }

    /**
     * What queueing drafts did.
     *
     * @param alreadyAsked drafts left out because the server asks their prompt already, or one waiting asks it
     * @param overLimit drafts left out because the queue was full ({@code footnote.moderation.max-queued})
     */
    public record Queued(int queued, int alreadyAsked, int overLimit) {
    }

    private final Clock clock;
    private final ModerationConfig config;
    private final QuestionRules rules;
    private final ServerQuestions serverQuestions;

    public GeneratedDrafts(Clock clock, ModerationConfig config, QuestionRules rules,
            ServerQuestions serverQuestions) {
        this.clock = clock;
        this.config = config;
        this.rules = rules;
        this.serverQuestions = serverQuestions;
    }

    /**
     * Generates questions from an article's text (which may start with front matter giving its title, outlet and
     * date) and queues them for review. The article is stored, so that the footnotes can quote it. The generator
     * runs outside any transaction (it is refused inside one): only storing what it made takes one, briefly.
     *
     * @param name the file's name: the article's title when neither front matter nor a first line gives one
     * @throws TooLargeException over {@value GenerateQuestions#MAX_ARTICLE_CHARS} characters
     * @throws InvalidBankException when the front matter cannot be read
     */
    @Transactional(TxType.NEVER)
    public Outcome fromArticle(String guildId, Actor actor, String authorName, String name, String text) {
        if (text.length() > GenerateQuestions.MAX_ARTICLE_CHARS) {
            throw new TooLargeException(name + " has " + text.length() + " characters; an article is at most "
                    + GenerateQuestions.MAX_ARTICLE_CHARS + ". Nothing was generated.");
        }
        List<BankProblem> problems = new ArrayList<>();
        String id = ArticleIds.uploadIdOf(text);
        BankArticle read = ArticleFiles.withFrontMatter(id, text, name, problems)
                .orElseGet(() -> new BankArticle(id, firstLine(text, name), null, null, List.of(), text));
        // Front matter may say more than the footnote has room for.
        BankArticle article = new BankArticle(id, shortened(read.title(), MAX_TITLE),
                read.outlet() == null ? null : shortened(read.outlet(), MAX_OUTLET), read.published(), List.of(),
                read.text());
        if (!problems.isEmpty()) {
            throw new InvalidBankException(name, problems);
        }
        return generate(guildId, actor, authorName, article, null, null, Destination.REVIEW);
    }

    /**
     * Generates questions from an article read from its page and queues them for review (or puts them in play, as
     * {@code destination} says), storing the article with its address and author for the footnotes. Outside any
     * transaction, as {@link #fromArticle}.
     *
     * @param article its id names the page (the same page sent twice, or to two servers, is one article)
     * @throws TooLargeException over {@value GenerateQuestions#MAX_ARTICLE_CHARS} characters
     */
    @Transactional(TxType.NEVER)
    public Outcome fromPage(String guildId, Actor actor, String authorName, BankArticle article, String url,
            String author, Destination destination) {
        if (article.text().length() > GenerateQuestions.MAX_ARTICLE_CHARS) {
            throw new TooLargeException(url + " has " + article.text().length() + " characters of text; an article"
                    + " is at most " + GenerateQuestions.MAX_ARTICLE_CHARS + ". Nothing was generated.");
        }
        BankArticle shortened = new BankArticle(article.id(), shortened(article.title(), MAX_TITLE),
                article.outlet() == null ? null : shortened(article.outlet(), MAX_OUTLET), article.published(),
                List.of(), article.text());
        return generate(guildId, actor, authorName, shortened, url,
                author == null ? null : shortened(author, MAX_AUTHOR_NAME), destination);
    }

    private Outcome generate(String guildId, Actor actor, String authorName, BankArticle article, String url,
            String author, Destination destination) {
        // Loading the language models takes half a minute on a server's first article: the log says why it waits.
        Generation generation = new GenerateQuestions(LOG::info).generate(List.of(article));
        return QuarkusTransaction.requiringNew()
                .call(() -> store(guildId, actor, authorName, article, url, author, generation, destination));
    }

    /**
     * Stores the article and puts what was generated from it in play (as far as the destination says and the
     * server's rules allow) or in the review queue (as far as it has room).
     */
    private Outcome store(String guildId, Actor actor, String authorName, BankArticle article, String url,
            String author, Generation generation, Destination destination) {
        Article.save(article, url, author);
        List<BankQuestion> review = new ArrayList<>();
        int played = 0;
        for (BankQuestion generated : generation.questions()) {
            BankQuestion dated = AsOf.dated(generated, article.published());
            BankQuestion question = destination.category() == null ? dated : dated.withCategory(destination.category());
            if (destination.play()) {
                BankQuestion named = question.withId(rules.newId(guildId, question.prompt()));
                if (rules.problems(guildId, List.of(named), List.of()).isEmpty()) {
                    serverQuestions.add(guildId, named, actor);
                    played++;
                    continue;
                }
            }
            review.add(question);
        }
        Queued queued = queue(guildId, actor, authorName, review);
        return new Outcome(article.id(), article.title(), queued.queued(), queued.overLimit(), queued.alreadyAsked(),
                played, generation.conflicts(), generation.skipped());
    }

    /**
     * Queues drafts that have been checked already (by the import, or by the generator against their article), as
     * many as the queue has room for, leaving out those whose prompt the server asks already or a waiting draft asks
     * (so that importing a file again queues only what is new). Each gets an id of its own when approved, so that an
     * id taken since never stands in the way.
     */
    @Transactional
    public Queued queue(String guildId, Actor actor, String authorName, List<BankQuestion> drafts) {
        Set<String> asked = new HashSet<>();
        rules.ownPrompts(guildId).values().forEach(prompt -> asked.add(BankValidator.promptKey(prompt)));
        List<QuestionDraft> waiting = QuestionDraft.list("guildId = ?1 and status = ?2", guildId, Status.QUEUED);
        waiting.forEach(draft -> Optional.ofNullable(Drafts.questionOf(draft).prompt())
                .ifPresent(prompt -> asked.add(BankValidator.promptKey(prompt))));
        long room = Math.max(0, config.maxQueued() - waiting.size());
        int queued = 0;
        int alreadyAsked = 0;
        for (BankQuestion question : drafts) {
            if (!asked.add(BankValidator.promptKey(question.prompt()))) {
                alreadyAsked++;
                continue;
            }
            if (queued == room) {
                continue;
            }
            queued++;
            QuestionDraft draft = new QuestionDraft();
            draft.kind = Kind.GENERATED;
            draft.status = Status.QUEUED;
            draft.guildId = guildId;
            draft.authorId = actor.id();
            draft.authorName = authorName.length() > MAX_AUTHOR_NAME ? authorName.substring(0, MAX_AUTHOR_NAME)
                    : authorName;
            draft.yaml = yamlOf(question);
            draft.createdAt = clock.instant();
            draft.persist();
        }
        return new Queued(queued, alreadyAsked, drafts.size() - alreadyAsked - queued);
    }

    /**
     * What is wrong with queueing this draft that its rules do not say: it must fit the queue's column.
     *
     * @return empty when it can be queued
     */
    public static Optional<String> tooLong(BankQuestion draft) {
        int length = yamlOf(draft).length();
        return length > QuestionDraft.MAX_YAML_LENGTH ? Optional.of("is " + length + " characters in the bank's"
                + " format, too long to wait for review (at most " + QuestionDraft.MAX_YAML_LENGTH + "): cite fewer"
                + " sources or shorten their quotes") : Optional.empty();
    }

    /** A draft as the queue keeps it: without its id, which it gets when approved. */
    private static String yamlOf(BankQuestion question) {
        return new BankWriter().write(List.of(question.withId(null).asDraft(false)));
    }

    private static String firstLine(String text, String name) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.isEmpty() ? name : line;
    }

    /** At most {@code max} characters, ending in "…" when cut: for what is stored in a column of that size. */
    public static String shortened(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
