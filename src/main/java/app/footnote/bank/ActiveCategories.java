package app.footnote.bank;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import app.footnote.moderation.ModerationConfig;
import app.footnote.moderation.QuestionReport;

/** The categories players of a server can choose from: those with at least one question in play there. */
@ApplicationScoped
public class ActiveCategories {

    /**
     * HQL for "question {@code q} is in play on server {@code :guild}": the server's own, or shared and not switched
     * off there, and not paused there by players' reports. Retirement is checked apart. Set its parameters with
     * {@link #inPlay}.
     */
    public static final String IN_PLAY = "((q.scope = :guild or (q.scope = 'shared' and not exists (select 1 from"
            + " QuestionSwitchedOff o where o.guildId = :guild and o.questionId = q.id)))"
            + " and " + QuestionReport.OPEN_COUNT + " < :reportsToPause)";

    private final ModerationConfig moderation;

    public ActiveCategories(ModerationConfig moderation) {
        this.moderation = moderation;
    }

    /** Sets the parameters of {@link #IN_PLAY} on a query that uses it. */
    public <T> TypedQuery<T> inPlay(TypedQuery<T> query, String guildId) {
        return query.setParameter("guild", guildId).setParameter("reportsToPause",
                (long) moderation.reportsToPause());
    }

    @Transactional
    public List<String> list(String guildId) {
        return inPlay(Question.getEntityManager().createQuery("select distinct q.category from Question q where"
                + " q.retired = false and " + IN_PLAY + " order by q.category", String.class), guildId)
                .getResultList();
    }
}
