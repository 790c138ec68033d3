package app.footnote.game;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import app.footnote.bank.ActiveCategories;
import app.footnote.bank.Difficulty;
import app.footnote.bank.Question;
import app.footnote.news.NewsConfig;

/**
 * Chooses the next question for a server, among those in play there ({@link ActiveCategories#IN_PLAY}): never one it has had until every question matching the filters has been
 * asked, then a new cycle starts for those questions (avoiding the one just asked).
 */
@ApplicationScoped
public class PickQuestion {

    private final EntityManager em;
    private final ActiveCategories activeCategories;
    private final NewsConfig news;

    public PickQuestion(EntityManager em, ActiveCategories activeCategories, NewsConfig news) {
        this.em = em;
        this.activeCategories = activeCategories;
        this.news = news;
    }

    /**
     * Runs in the caller's transaction, and records the pick as asked.
     *
     * @param news only questions citing an article published in this window, or {@code null} for any
     */
    Optional<Question> pick(String guildId, String category, Difficulty difficulty, NewsWindow news, Instant now) {
        return pick(guildId, category, difficulty, news, true, now, List.of());
    }

    /**
     * The same, never one of {@code excluded} (a game's questions so far), not even in a new cycle.
     *
     * @return empty when no other question matches
     */
    Optional<Question> pick(String guildId, String category, Difficulty difficulty, NewsWindow news, Instant now,
            Collection<Long> excluded) {
        return pick(guildId, category, difficulty, news, true, now, excluded);
    }

    /** As {@link #pick}, but only a question the server has not had in this cycle: empty when there is none. */
    Optional<Question> pickUnasked(String guildId, String category, NewsWindow news, Instant now) {
        return pick(guildId, category, null, news, false, now, List.of());
    }

    private Optional<Question> pick(String guildId, String category, Difficulty difficulty, NewsWindow news,
            boolean newCycle, Instant now, Collection<Long> excluded) {
        LocalDate since = since(news, now);
        LocalDate retired = this.news.retireAfter()
                .map(age -> LocalDate.ofInstant(now.minus(age), ZoneOffset.UTC)).orElse(null);
        List<Long> fresh = ids(guildId, category, difficulty, since, retired, true);
        fresh.removeAll(excluded);
        if (fresh.isEmpty() && !newCycle) {
            return Optional.empty();
        }
        if (fresh.isEmpty()) {
            List<Long> matching = ids(guildId, category, difficulty, since, retired, false);
            matching.removeAll(excluded);
            if (matching.isEmpty()) {
                return Optional.empty();
            }
            AskedQuestion.delete("guildId = ?1 and questionId in ?2", guildId, matching);
            fresh = new ArrayList<>(matching);
            if (fresh.size() > 1) {
                lastAsked(guildId).ifPresent(fresh::remove);
            }
        }
        Long id = fresh.get(ThreadLocalRandom.current().nextInt(fresh.size()));
        AskedQuestion asked = new AskedQuestion();
        asked.guildId = guildId;
        asked.questionId = id;
        asked.askedAt = now;
        asked.persist();
        return Optional.of(em.find(Question.class, id));
    }

    /**
     * How many questions match the filters, asked or not; in the caller's transaction. Questions retired by age
     * count too: a game capped by this number ends early if they are all it has left.
     */
    int matching(String guildId, String category, Difficulty difficulty, NewsWindow news, Instant now) {
        return ids(guildId, category, difficulty, since(news, now), null, false).size();
    }

    /**
     * @param since only questions citing an article published on or after this date, or {@code null}
     * @param retired no questions whose dated articles are all from before this date, or {@code null}
     */
    private List<Long> ids(String guildId, String category, Difficulty difficulty, LocalDate since,
            LocalDate retired, boolean onlyNotAsked) {
        StringBuilder hql = new StringBuilder("select q.id from Question q where q.retired = false and ")
                .append(ActiveCategories.IN_PLAY);
        if (category != null) {
            hql.append(" and q.category = :category");
        }
        if (difficulty != null) {
            hql.append(" and q.difficulty = :difficulty");
        }
        if (since != null) {
            hql.append(" and exists (select 1 from Question n join n.sources s, Article a where n.id = q.id")
                    .append(" and a.id = s.articleId and a.published >= :since)");
        }
        if (retired != null) {
            hql.append(" and (not exists (select 1 from Question o join o.sources os, Article oa where o.id = q.id")
                    .append(" and oa.id = os.articleId and oa.published < :retired) or exists (select 1 from")
                    .append(" Question f join f.sources fs, Article fa where f.id = q.id and fa.id = fs.articleId")
                    .append(" and (fa.published is null or fa.published >= :retired)))");
        }
        if (onlyNotAsked) {
            hql.append(" and not exists (select 1 from AskedQuestion a where a.guildId = :guild")
                    .append(" and a.questionId = q.id)");
        }
        TypedQuery<Long> query = em.createQuery(hql.toString(), Long.class);
        if (category != null) {
            query.setParameter("category", category);
        }
        if (difficulty != null) {
            query.setParameter("difficulty", difficulty);
        }
        if (since != null) {
            query.setParameter("since", since);
        }
        if (retired != null) {
            query.setParameter("retired", retired);
        }
        return new ArrayList<>(activeCategories.inPlay(query, guildId).getResultList());
    }

    private static LocalDate since(NewsWindow news, Instant now) {
        return news == null ? null : news.since(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    private Optional<Long> lastAsked(String guildId) {
        return em.createQuery("select r.question.id from Round r where r.guildId = :guild order by r.startedAt desc",
                Long.class).setParameter("guild", guildId).setMaxResults(1).getResultStream().findFirst();
    }
}
