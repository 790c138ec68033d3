package app.footnote.game;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import app.footnote.bank.ActiveCategories;
import app.footnote.bank.Difficulty;
import app.footnote.bank.Question;

/**
 * Chooses the next question for a server, among the shared ones it has not switched off and its own: never one it has had until every question matching the filters has been
 * asked, then a new cycle starts for those questions (avoiding the one just asked).
 */
@ApplicationScoped
public class PickQuestion {

    private final EntityManager em;

    public PickQuestion(EntityManager em) {
        this.em = em;
    }

    /** Runs in the caller's transaction, and records the pick as asked. */
    Optional<Question> pick(String guildId, String category, Difficulty difficulty, Instant now) {
        List<Long> fresh = ids(guildId, category, difficulty, true);
        if (fresh.isEmpty()) {
            List<Long> matching = ids(guildId, category, difficulty, false);
            if (matching.isEmpty()) {
                return Optional.empty();
            }
            em.createNativeQuery("delete from asked_question where guild_id = :guild and question_id in (:ids)")
                    .setParameter("guild", guildId).setParameter("ids", matching).executeUpdate();
            fresh = new ArrayList<>(matching);
            if (fresh.size() > 1) {
                lastAsked(guildId).ifPresent(fresh::remove);
            }
        }
        Long id = fresh.get(ThreadLocalRandom.current().nextInt(fresh.size()));
        em.createNativeQuery("insert into asked_question (guild_id, question_id, asked_at) values (:guild, :id, :at)")
                .setParameter("guild", guildId).setParameter("id", id).setParameter("at", now).executeUpdate();
        return Optional.of(em.find(Question.class, id));
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String guildId, String category, Difficulty difficulty, boolean onlyNotAsked) {
        StringBuilder sql = new StringBuilder("select q.id from question q where q.retired = false and ")
                .append(ActiveCategories.IN_PLAY);
        if (category != null) {
            sql.append(" and q.category = :category");
        }
        if (difficulty != null) {
            sql.append(" and q.difficulty = :difficulty");
        }
        if (onlyNotAsked) {
            sql.append(" and not exists (select 1 from asked_question a where a.guild_id = :guild")
                    .append(" and a.question_id = q.id)");
        }
        Query query = em.createNativeQuery(sql.toString(), Long.class);
        if (category != null) {
            query.setParameter("category", category);
        }
        if (difficulty != null) {
            query.setParameter("difficulty", difficulty.name());
        }
        query.setParameter("guild", guildId);
        return new ArrayList<>(query.getResultList());
    }

    private Optional<Long> lastAsked(String guildId) {
        return em.createQuery("select r.question.id from Round r where r.guildId = :guild order by r.startedAt desc",
                Long.class).setParameter("guild", guildId).setMaxResults(1).getResultStream().findFirst();
    }
}
