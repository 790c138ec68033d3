package app.footnote.daily;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.footnote.game.Answer;
import app.footnote.game.RoundRevealed;

/**
 * Daily streaks, brought up to date when a daily question is revealed: a right answer extends a streak that reached
 * the previous daily question, or starts one; a wrong answer or no answer ends it.
 */
@ApplicationScoped
public class DailyStreaks {

    /** Before the adapters post the reveal (default priority), so the reveal shows the new streaks. */
    public static final int PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION;
    public static final int LEADERS_SHOWN = 3;

    private static final Logger LOG = Logger.getLogger(DailyStreaks.class);

    private final EntityManager em;

    public DailyStreaks(EntityManager em) {
        this.em = em;
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
        @SuppressWarnings("unchecked")
        List<Object[]> post = em.createNativeQuery("select guild_id, local_date from daily_post"
                + " where round_id = :round")
                .setParameter("round", roundId).getResultList();
        if (post.isEmpty()) {
            return;
        }
        String guildId = (String) post.get(0)[0];
        LocalDate date = SqlDates.toLocalDate(post.get(0)[1]);
        LocalDate previous = SqlDates.toLocalDate(em.createNativeQuery("select max(local_date) from daily_post"
                + " where guild_id = :guild and local_date < :date").setParameter("guild", guildId)
                .setParameter("date", date).getSingleResult());
        for (Answer answer : Answer.<Answer> list("roundId = ?1 and correct = true", roundId)) {
            // The right-hand sides read the row as it was: both columns see the old current_streak.
            // Typed binding: "previous" is null before a server's second daily question, and PostgreSQL cannot
            // infer the type of an untyped null.
            int updated = em.createNativeQuery("update daily_streak set display_name = :name,"
                    + " current_streak = case when last_date = :previous then current_streak + 1 else 1 end,"
                    + " best_streak = greatest(best_streak,"
                    + " case when last_date = :previous then current_streak + 1 else 1 end), last_date = :date"
                    + " where guild_id = :guild and user_id = :user").unwrap(NativeQuery.class)
                    .setParameter("name", answer.displayName).setParameter("previous", previous, LocalDate.class)
                    .setParameter("date", date).setParameter("guild", guildId)
                    .setParameter("user", answer.userId).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into daily_streak (guild_id, user_id, display_name, current_streak,"
                        + " best_streak, last_date) values (:guild, :user, :name, 1, 1, :date)")
                        .setParameter("guild", guildId).setParameter("user", answer.userId)
                        .setParameter("name", answer.displayName).setParameter("date", date).executeUpdate();
            }
        }
        em.createNativeQuery("update daily_streak set current_streak = 0 where guild_id = :guild"
                + " and last_date < :date and current_streak > 0").setParameter("guild", guildId)
                .setParameter("date", date).executeUpdate();
    }

    /** Whether the round is a daily question. */
    @Transactional
    public boolean isDaily(long roundId) {
        return ((Number) em.createNativeQuery("select count(*) from daily_post where round_id = :round")
                .setParameter("round", roundId).getSingleResult()).intValue() > 0;
    }

    /** The longest current streaks of a server, longest first. */
    @Transactional
    public List<Streak> leaders(String guildId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select user_id, display_name, current_streak, best_streak"
                + " from daily_streak where guild_id = :guild and current_streak > 0"
                + " order by current_streak desc, user_id").setParameter("guild", guildId)
                .setMaxResults(LEADERS_SHOWN).getResultList();
        return rows.stream().map(DailyStreaks::streak).toList();
    }

    @Transactional
    public Optional<Streak> of(String guildId, String userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select user_id, display_name, current_streak, best_streak"
                + " from daily_streak where guild_id = :guild and user_id = :user").setParameter("guild", guildId)
                .setParameter("user", userId).getResultList();
        return rows.stream().findFirst().map(DailyStreaks::streak);
    }

    private static Streak streak(Object[] row) {
        return new Streak((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue());
    }
}
