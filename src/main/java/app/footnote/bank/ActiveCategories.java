package app.footnote.bank;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The categories players can choose from: those with at least one question in play. */
@ApplicationScoped
public class ActiveCategories {

    @Transactional
    public List<String> list() {
        return Question.getEntityManager().createQuery(
                "select distinct q.category from Question q where q.retired = false order by q.category", String.class)
                .getResultList();
    }
}
