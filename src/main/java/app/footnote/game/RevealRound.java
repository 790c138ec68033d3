package app.footnote.game;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import app.footnote.bank.Article;
import app.footnote.bank.QuestionSource;
import app.footnote.db.UniqueViolation;
import app.footnote.score.ScoreTotals;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Closes the rounds whose time is up and tells the adapters. A round is revealed once, whichever process or tick gets
 * there first: the reveal is a conditional update that only one can win.
 */
@ApplicationScoped
public class RevealRound {

    private static final Logger LOG = Logger.getLogger(RevealRound.class);

    private final Clock clock;
    private final RoundFacts roundFacts;
    private final ScoreTotals scoreTotals;
    private final Event<RoundRevealed> revealed;
    private final ThisProcess thisProcess;
    private final GameConfig config;

    public RevealRound(Clock clock, RoundFacts roundFacts, ScoreTotals scoreTotals, Event<RoundRevealed> revealed,
            ThisProcess thisProcess, GameConfig config) {
        this.clock = clock;
        this.roundFacts = roundFacts;
        this.scoreTotals = scoreTotals;
        this.revealed = revealed;
        this.thisProcess = thisProcess;
        this.config = config;
    }

    private record DueRound(long id, Origin origin, String guildId) {
    }

    /**
     * Reveals every round of this process's servers whose deadline has passed, each in its own transaction, and
     * returns what it revealed. Another shard's rounds are its process's to reveal, with the messages only it can edit.
     */
    public List<Reveal> revealDue() {
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Round.getEntityManager()
                .createQuery("select r.id, r.origin, r.guildId from Round r where r.revealedAt is null"
                        + " and r.closesAt <= :now order by r.closesAt", DueRound.class)
                .setParameter("now", now).getResultList()).stream()
                .filter(round -> thisProcess.serves(round.origin(), round.guildId())).map(DueRound::id).toList();
        List<Reveal> reveals = new ArrayList<>();
        for (long roundId : due) {
            try {
                closeRetryingOnce(roundId, now).ifPresent(reveal -> {
                    reveals.add(reveal);
                    roundFacts.forget(roundId);
                    revealed.fire(new RoundRevealed(reveal));
                });
            } catch (RuntimeException e) {
                // One broken round must not keep the others from closing; it is tried again at the next tick.
                LOG.errorf(e, "Could not reveal round %d", roundId);
            }
        }
        return reveals;
    }

    /** A player's first points of a period, created by another process at the same moment, only need a retry. */
    private Optional<Reveal> closeRetryingOnce(long roundId, Instant now) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> close(roundId, now));
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(() -> close(roundId, now));
        }
    }

    /**
     * Closes the round and counts its answers' points, in one transaction: a crash keeps both or neither. A game's
     * round also sets when the game goes on, in the same transaction.
     */
    private Optional<Reveal> close(long roundId, Instant now) {
        int won = Round.update("revealedAt = ?1, openKey = null where id = ?2 and revealedAt is null"
                + " and closesAt <= ?1", now, roundId);
        if (won == 0) {
            return Optional.empty();
        }
        Round round = Round.findById(roundId);
        if (round.game != null) {
            // A bulk update of this one column: a stop asked at the same moment writes only its own.
            Game.update("nextRoundAt = ?1 where id = ?2", now.plus(config.pauseBetweenRounds()), round.game.id);
        }
        List<Answer> answers = answersOf(roundId);
        scoreTotals.add(round.guildId, answers.stream().map(a -> new ScoreTotals.ScoredAnswer(a.userId,
                a.displayName, a.points, a.correct, a.answeredAt)).toList());
        return Optional.of(revealOf(round, answers));
    }

    /** The reveal of a closed round, built from the database; call within a transaction. */
    static Reveal revealOf(Round round) {
        return revealOf(round, answersOf(round.id));
    }

    private static List<Answer> answersOf(long roundId) {
        return Answer.list("roundId = ?1 order by answeredAt, id", roundId);
    }

    private static Reveal revealOf(Round round, List<Answer> answers) {
        List<Answer> right = answers.stream().filter(a -> a.correct).toList();
        List<Reveal.Player> fastest = right.stream().limit(Reveal.FASTEST_SHOWN)
                .map(a -> new Reveal.Player(a.userId, a.displayName,
                        Duration.between(round.startedAt, a.answeredAt).toMillis() / 1000.0, a.points))
                .toList();
        List<Reveal.Footnote> footnotes = round.askedSources.stream().map(RevealRound::footnote).toList();
        boolean typed = round.mode == AnswerMode.TYPED;
        return new Reveal(round.id, round.origin, round.guildId, round.channelId, round.askedPrompt,
                typed ? null : ChoiceLabels.label(round.correctIndex()), round.askedAnswer, answers.size(),
                right.size(), fastest, round.askedExplanation, footnotes, round.revealedAt, round.mode,
                typed ? round.askedAcceptedAnswers : List.of());
    }

    static Reveal.Footnote footnote(QuestionSource source) {
        if (source.url != null) {
            return Reveal.Footnote.webPage(source.url, source.quote);
        }
        Article article = Article.findById(source.articleId);
        return Reveal.Footnote.article(article.title, article.outlet, article.published, article.url, source.quote);
    }
}
