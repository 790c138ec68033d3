package app.footnote.daily;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.footnote.game.AnswerReads;
import app.footnote.game.RoundRevealed;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Daily streaks, brought up to date when a daily question is revealed: a right answer extends a streak that reached
 * the previous daily question, or starts one; a wrong answer or no answer ends it.
 */
@ApplicationScoped
public class DailyStreaks {

    /** Before the adapters post the reveal (default priority), so the reveal shows the new streaks. */
    public static final int PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION;
    public static final int LEADERS_SHOWN = 3;
    private static final String STREAK = "select s.userId, s.displayName, s.currentStreak, s.bestStreak"
            + " from DailyStreak s where s.guildId = :guild";

    private static final Logger LOG = Logger.getLogger(DailyStreaks.class);

    private final EntityManager em;
    private final AnswerReads answers;

    public DailyStreaks(EntityManager em, AnswerReads answers) {
        this.em = em;
        this.answers = answers;
    }

    void onRevealed(@Observes @Priority(PRIORITY) RoundRevealed event) {
        long roundId = event.reveal().roundId();
        try {
            QuarkusTransaction.requiringNew().run(() -> update(roundId));
        } catch (RuntimeException e) {
            // The round is revealed already; a failure here must not keep the adapters from posting the reveal.
            LOG.errorf(e, "Could not update the daily streaks for round %d", roundId);
        }
    }

    private void update(long roundId) {
        Optional<DailyPost> post = DailyPost.find("roundId", roundId).firstResultOptional();
        if (post.isEmpty()) {
            return;
        }
        String guildId = post.get().guildId;
        LocalDate date = post.get().localDate;
        LocalDate previous = em.createQuery("select max(p.localDate) from DailyPost p where p.guildId = :guild"
                + " and p.localDate < :date", LocalDate.class).setParameter("guild", guildId)
                .setParameter("date", date).getSingleResult();
        for (AnswerReads.Right answer : answers.rightAnswers(roundId)) {
            DailyStreak found = DailyStreak.findById(new DailyStreak.Key(guildId, answer.userId()));
            DailyStreak streak = found == null ? new DailyStreak() : found;
            streak.guildId = guildId;
            streak.userId = answer.userId();
            // A streak that reached the previous daily question goes on; any other starts again ("previous" is null
            // before a server's second daily question).
            streak.currentStreak = previous != null && previous.equals(streak.lastDate) ? streak.currentStreak + 1 : 1;
            streak.bestStreak = Math.max(streak.bestStreak, streak.currentStreak);
            streak.displayName = answer.displayName();
            streak.lastDate = date;
            if (found == null) {
                streak.persist();
            }
        }
        DailyStreak.update("currentStreak = 0 where guildId = ?1 and lastDate < ?2 and currentStreak > 0", guildId,
                date);
    }

    /** Whether the round is a daily question (its reveal shows streaks, the local page labels it). */
    @Transactional
    public boolean isDaily(long roundId) {
        return DailyPost.count("roundId", roundId) > 0;
    }

    /** The longest current streaks of a server, longest first. */
    @Transactional
    public List<Streak> leaders(String guildId) {
        return em.createQuery(STREAK + " and s.currentStreak > 0 order by s.currentStreak desc, s.userId",
                Streak.class).setParameter("guild", guildId).setMaxResults(LEADERS_SHOWN).getResultList();
    }

    @Transactional
    public Optional<Streak> of(String guildId, String userId) {
        return em.createQuery(STREAK + " and s.userId = :user", Streak.class).setParameter("guild", guildId)
                .setParameter("user", userId).getResultStream().findFirst();
    }
}
