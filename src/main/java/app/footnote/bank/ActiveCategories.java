package app.footnote.bank;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The categories players of a server can choose from: those with at least one question in play there. */
@ApplicationScoped
public class ActiveCategories {

    /**
     * HQL for "question {@code q} is in play on server {@code :guild}": the server's own, or shared and not switched
     * off there. Retirement is checked apart.
     */
    public static final String IN_PLAY = "(q.scope = :guild or (q.scope = 'shared' and not exists (select 1 from"
            + " QuestionSwitchedOff o where o.guildId = :guild and o.questionId = q.id)))";

    @Transactional
    public List<String> list(String guildId) {
        return Question.getEntityManager().createQuery("select distinct q.category from Question q where"
                + " q.retired = false and " + IN_PLAY + " order by q.category", String.class)
                .setParameter("guild", guildId).getResultList();
    }
}
