package app.footnote.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.footnote.bank.Article;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankWriter;
import app.footnote.bank.InvalidBankException;
import app.footnote.bank.generate.ArticleFiles;
import app.footnote.bank.generate.GenerateQuestions;
import app.footnote.bank.generate.Generation;
import app.footnote.moderation.QuestionDraft.Kind;
import app.footnote.moderation.QuestionDraft.Status;

/**
 * Puts generated questions in a server's review queue, where a moderator approves or rejects each like a member's
 * suggestion: drafts from a file ({@code draft: true}), or questions generated here from an article's text. Nobody is
 * announced when one is approved.
 */
@ApplicationScoped
public class GeneratedDrafts {

    /** The most a draft waiting for review keeps, as YAML, in characters: the size of its column. */
    public static final int MAX_DRAFT_YAML = 20_000;
    private static final int MAX_TITLE = 200;
    private static final int MAX_OUTLET = 200;
    private static final int MAX_AUTHOR_NAME = 100;

    /**
     * What generating from an article did.
     *
     * @param queued how many questions now wait for review
     * @param overLimit how many more were generated than the queue had room for
     */
    public record Outcome(String articleId, String title, int queued, int overLimit, List<String> conflicts,
            List<String> skipped) {
    }

    private final Clock clock;
    private final ModerationConfig config;

    public GeneratedDrafts(Clock clock, ModerationConfig config) {
        this.clock = clock;
        this.config = config;
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
        String id = "upload-" + digest(text);
        BankArticle read = ArticleFiles.withFrontMatter(id, text, name, problems)
                .orElseGet(() -> new BankArticle(id, firstLine(text, name), null, null, List.of(), text));
        // Front matter may say more than the footnote has room for.
        BankArticle article = new BankArticle(id, shortened(read.title(), MAX_TITLE),
                read.outlet() == null ? null : shortened(read.outlet(), MAX_OUTLET), read.published(), List.of(),
                read.text());
        if (!problems.isEmpty()) {
            throw new InvalidBankException(name, problems);
        }
        Generation generation = new GenerateQuestions().generate(List.of(article));
        return QuarkusTransaction.requiringNew().call(() -> store(guildId, actor, authorName, article, generation));
    }

    /** Stores the article and queues what was generated from it, as far as the review queue has room. */
    private Outcome store(String guildId, Actor actor, String authorName, BankArticle article, Generation generation) {
        Article.save(article);
        int room = (int) Math.max(0, config.maxQueued() - QuestionDraft.waiting(guildId));
        List<BankQuestion> questions = generation.questions();
        queue(guildId, actor, authorName, questions.subList(0, Math.min(room, questions.size())));
        return new Outcome(article.id(), article.title(), Math.min(room, questions.size()),
                Math.max(0, questions.size() - room), generation.conflicts(), generation.skipped());
    }

    /** The problem of each draft too large for the review queue to keep, which the rules alone do not see. */
    public static List<BankProblem> tooLarge(List<BankQuestion> drafts) {
        List<BankProblem> problems = new ArrayList<>();
        for (BankQuestion question : drafts) {
            int length = waitingYaml(question).length();
            if (length > MAX_DRAFT_YAML) {
                problems.add(new BankProblem(question.file(), question.line(), question.id(), null, "is " + length
                        + " characters of YAML, too long to wait for review (at most " + MAX_DRAFT_YAML
                        + "): cite fewer sources or shorten their quotes"));
            }
        }
        return problems;
    }

    /**
     * Queues drafts that have been checked already (by the import, or by the generator against their article); each
     * gets an id of its own when approved, so that an id taken since never stands in the way.
     */
    @Transactional
    public void queue(String guildId, Actor actor, String authorName, List<BankQuestion> drafts) {
        for (BankQuestion question : drafts) {
            QuestionDraft draft = new QuestionDraft();
            draft.kind = Kind.GENERATED;
            draft.status = Status.QUEUED;
            draft.guildId = guildId;
            draft.authorId = actor.id();
            draft.authorName = authorName.length() > MAX_AUTHOR_NAME ? authorName.substring(0, MAX_AUTHOR_NAME)
                    : authorName;
            draft.yaml = waitingYaml(question);
            draft.createdAt = clock.instant();
            draft.persist();
        }
    }

    /** A draft as the queue keeps it: without its id, which it gets when approved. */
    private static String waitingYaml(BankQuestion question) {
        return new BankWriter().write(List.of(question.withId(null).asDraft(false)));
    }

    /** The same text uploaded twice, or to two servers, is one article. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String text, String name) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.isEmpty() ? name : line;
    }

    private static String shortened(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
