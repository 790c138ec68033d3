package app.footnote.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import app.footnote.bank.Question;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A player's report of a question they were asked; open until a moderator decides (V8__reports.sql). */
@Entity
@Table(name = "question_report")
public class QuestionReport extends PanacheEntityBase {

    /** The size of {@code question_report.note}. */
    public static final int MAX_NOTE = 1_000;

    /** HQL for "the open reports of question {@code q} on server {@code :guild}", as a count. */
    public static final String OPEN_COUNT = "(select count(r) from QuestionReport r where r.guildId = :guild"
            + " and r.questionId = q.id and r.decision is null)";

    public enum Decision {
        DISMISSED, RETIRED, EDITED
    }

    @Id
    @GeneratedValue(generator = "question_report_seq")
    @SequenceGenerator(name = "question_report_seq", sequenceName = "question_report_seq", allocationSize = 50)
    public Long id;
    @Column(name = "guild_id")
    public String guildId;
    @Column(name = "question_id")
    public long questionId;
    @Column(name = "round_id")
    public long roundId;
    /** Who reported, kept after the decision. */
    @Column(name = "user_id")
    public String userId;
    /** {@link #userId} while open, {@code null} once decided: the unique key holds one open report per player. */
    @Column(name = "open_user_id")
    public String openUserId;
    @Column(name = "display_name")
    public String displayName;
    @Enumerated(EnumType.STRING)
    public ReportReason reason;
    public String note;
    @Column(name = "reported_at")
    public Instant reportedAt;
    /** {@code null} while open. */
    @Enumerated(EnumType.STRING)
    public Decision decision;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Closes the question's open reports on the server; returns how many there were. */
    static int decide(String guildId, long questionId, Decision decision, Actor actor, Instant at) {
        return update("decision = ?1, decidedBy = ?2, decidedAt = ?3, openUserId = null where guildId = ?4"
                + " and questionId = ?5 and decision is null", decision, actor.id(), at, guildId, questionId);
    }

    /**
     * Closes the open reports of a question whose content changed or that left play: on its server for its own, on
     * every server for a shared one. Every edit, import and retirement of the question itself goes through here; the
     * reports were about what it said before.
     */
    public static int closeOnChange(Question question, Decision decision, Actor actor, Instant at) {
        if (question.isShared()) {
            return update("decision = ?1, decidedBy = ?2, decidedAt = ?3, openUserId = null where questionId = ?4"
                    + " and decision is null", decision, actor.id(), at, question.id);
        }
        return decide(question.scope, question.id, decision, actor, at);
    }

    static long open(String guildId, long questionId) {
        return count("guildId = ?1 and questionId = ?2 and decision is null", guildId, questionId);
    }
}
