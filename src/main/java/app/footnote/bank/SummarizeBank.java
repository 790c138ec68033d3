package app.footnote.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts the shared bank's active questions by article, category and difficulty, in the database. A server's own
 * questions and the articles uploaded to it are its own, and never counted or listed here.
 */
@ApplicationScoped
public class SummarizeBank {

    private static final String SHARED_ACTIVE = "q.scope = :shared and q.retired = false";

    private final EntityManager em;

    public SummarizeBank(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BankSummary summary() {
        Map<String, Long> perArticle = counts("select s.articleId, count(distinct q.id) from Question q"
                + " join q.sources s where " + SHARED_ACTIVE + " group by s.articleId");
        List<BankSummary.ArticleCount> articles = em.createQuery("select a from Article a where a.id not like :upload"
                + " and a.id not like :link order by a.id", Article.class)
                .setParameter("upload", Article.UPLOAD_PREFIX + "%").setParameter("link", Article.LINK_PREFIX + "%")
                .getResultList()
                .stream().map(a -> new BankSummary.ArticleCount(a.id, a.title, a.outlet, a.published,
                        perArticle.getOrDefault(a.id, 0L)))
                .toList();
        Map<String, Long> difficulties = new LinkedHashMap<>();
        Map<String, Long> byDifficulty = counts("select cast(q.difficulty as String), count(q) from Question q where "
                + SHARED_ACTIVE + " group by q.difficulty");
        for (Difficulty difficulty : Difficulty.values()) {
            difficulties.put(difficulty.label(), byDifficulty.getOrDefault(difficulty.toString(), 0L));
        }
        return new BankSummary(Question.count("scope = ?1 and retired = false", Question.SHARED), articles,
                counts("select q.category, count(q) from Question q where " + SHARED_ACTIVE + " group by q.category"
                        + " order by q.category"),
                difficulties);
    }

    /** A group's key (a category, a difficulty) and how many questions it has. */
    record Count(String key, long count) {
    }

    private Map<String, Long> counts(String query) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Count count : em.createQuery(query, Count.class).setParameter("shared", Question.SHARED)
                .getResultList()) {
            counts.put(count.key(), count.count());
        }
        return counts;
    }
}
