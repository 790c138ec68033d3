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

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.footnote.bank.Article;
import app.footnote.bank.Question;

/**
 * Closes the rounds whose time is up and tells the adapters. A round is revealed once, whichever process or tick gets
 * there first: the reveal is a conditional update that only one can win.
 */
@ApplicationScoped
public class RevealRound {

    private static final Logger LOG = Logger.getLogger(RevealRound.class);

    private final Clock clock;
    private final RoundFacts roundFacts;
    private final Event<RoundRevealed> revealed;

    public RevealRound(Clock clock, RoundFacts roundFacts, Event<RoundRevealed> revealed) {
        this.clock = clock;
        this.roundFacts = roundFacts;
        this.revealed = revealed;
    }

    /** Reveals every round whose deadline has passed, each in its own transaction, and returns what it revealed. */
    public List<Reveal> revealDue() {
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Round.getEntityManager()
                .createQuery("select r.id from Round r where r.revealedAt is null and r.closesAt <= :now"
                        + " order by r.closesAt", Long.class)
                .setParameter("now", now).getResultList());
        List<Reveal> reveals = new ArrayList<>();
        for (long roundId : due) {
            try {
                QuarkusTransaction.requiringNew().call(() -> close(roundId, now)).ifPresent(reveal -> {
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

    private Optional<Reveal> close(long roundId, Instant now) {
        int won = Round.update("revealedAt = ?1, openKey = null where id = ?2 and revealedAt is null"
                + " and closesAt <= ?1", now, roundId);
        return won == 0 ? Optional.empty() : Optional.of(revealOf(Round.findById(roundId)));
    }

    /** The reveal of a closed round, built from the database; call within a transaction. */
    static Reveal revealOf(Round round) {
        Question question = round.question;
        List<Answer> answers = Answer.list("roundId = ?1 order by answeredAt, id", round.id);
        List<Answer> right = answers.stream().filter(a -> a.correct).toList();
        List<Reveal.Player> fastest = right.stream().limit(Reveal.FASTEST_SHOWN)
                .map(a -> new Reveal.Player(a.userId, a.displayName,
                        Duration.between(round.startedAt, a.answeredAt).toMillis() / 1000.0, a.points))
                .toList();
        List<Reveal.Footnote> footnotes = question.sources.stream().map(source -> {
            if (source.url != null) {
                return new Reveal.Footnote(source.url, "web page; the quote was not checked against it", null,
                        source.quote);
            }
            Article article = Article.findById(source.articleId);
            return new Reveal.Footnote(article.title, article.outlet, article.published, source.quote);
        }).toList();
        return new Reveal(round.id, round.guildId, round.channelId, question.prompt,
                ChoiceLabels.label(round.correctIndex()), question.answer, answers.size(), right.size(), fastest,
                question.explanation, footnotes, round.revealedAt);
    }
}
