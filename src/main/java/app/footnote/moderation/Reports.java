package app.footnote.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.bank.Question;

/**
 * The reported questions a server's moderators decide on: dismissed (back in play), retired (its own) or switched
 * off (shared), or edited ({@link ServerQuestions#edit} closes its reports). A decision closes every open report of
 * the question on the server; so does retiring it by any route.
 */
@ApplicationScoped
public class Reports {

    /** One player's report. */
    public record Report(long id, String userId, String displayName, String reason, String note,
            Instant reportedAt) {
    }

    /**
     * A question with open reports on the server, most reported first.
     *
     * @param paused whether it is out of play until a moderator decides
     */
    public record Reported(ServerQuestion question, boolean paused, List<Report> reports) {
    }

    /** What a decision did: the question as it now is, and how many reports it closed. */
    public record Decided(ServerQuestion question, String decision, int reportsClosed) {
    }

    private final Clock clock;
    private final ServerQuestions serverQuestions;
    private final ModerationConfig config;

    public Reports(Clock clock, ServerQuestions serverQuestions, ModerationConfig config) {
        this.clock = clock;
        this.serverQuestions = serverQuestions;
        this.config = config;
    }

    @Transactional
    public List<Reported> open(String guildId) {
        List<QuestionReport> open = QuestionReport.list("guildId = ?1 and decision is null order by reportedAt, id",
                guildId);
        Map<Long, List<Report>> byQuestion = new LinkedHashMap<>();
        for (QuestionReport report : open) {
            byQuestion.computeIfAbsent(report.questionId, id -> new ArrayList<>()).add(new Report(report.id,
                    report.userId, report.displayName, report.reason.label(), report.note, report.reportedAt));
        }
        List<Reported> reported = new ArrayList<>();
        byQuestion.forEach((questionId, reports) -> reported.add(new Reported(serverQuestions.find(guildId,
                questionId.longValue()), reports.size() >= config.reportsToPause(), List.copyOf(reports))));
        // Most reported first; among equals, the longest waiting (the map keeps the oldest report's order).
        reported.sort((a, b) -> Integer.compare(b.reports().size(), a.reports().size()));
        return reported;
    }

    /** The reports were unfounded: they close and the question is back in play. */
    @Transactional
    public Decided dismiss(String guildId, long questionKey, Actor moderator) {
        ServerQuestion question = seen(guildId, questionKey);
        return new Decided(question, "dismissed", close(guildId, question, QuestionReport.Decision.DISMISSED,
                moderator));
    }

    /** The question leaves this server's rounds: its own is retired, a shared one switched off here. */
    @Transactional
    public Decided retire(String guildId, long questionKey, Actor moderator) {
        ServerQuestion found = seen(guildId, questionKey);
        int closed = close(guildId, found, QuestionReport.Decision.RETIRED, moderator);
        ServerQuestion retired = serverQuestions.retire(guildId, found.key(), moderator);
        return new Decided(retired, retired.isShared() ? "switched off" : "retired", closed);
    }

    /**
     * The key of the reported question with this id: the server's own first, then a shared one it hides; with no open
     * reports, the question the server sees by this id (its decision is then a conflict).
     *
     * @throws QuestionNotFoundException when the server sees no question with this id
     */
    @Transactional
    public long keyOf(String guildId, String id) {
        return Question.getEntityManager().createQuery("select q.id from Question q where q.slug = :id"
                + " and q.scope in (:guild, :shared) and exists (select r.id from QuestionReport r"
                + " where r.questionId = q.id and r.guildId = :guild and r.decision is null)"
                + " order by case when q.scope = :shared then 1 else 0 end", Long.class).setParameter("id", id)
                .setParameter("guild", guildId).setParameter("shared", Question.SHARED).setMaxResults(1)
                .getResultStream().findFirst().orElseGet(() -> serverQuestions.find(guildId, id).key());
    }

    /** The question by its key (in a button's id, where its id may not fit), as the server sees it. */
    private ServerQuestion seen(String guildId, long questionKey) {
        return serverQuestions.find(guildId, questionKey);
    }

    private int close(String guildId, ServerQuestion question, QuestionReport.Decision decision, Actor moderator) {
        int closed = QuestionReport.decide(guildId, question.key(), decision, moderator, clock.instant());
        if (closed == 0) {
            throw new QuestionConflictException("'" + question.id() + "' has no open reports on this server:"
                    + " another moderator may have decided first.");
        }
        return closed;
    }
}
