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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A question on its way into a server's bank: a moderator's add or edit until they confirm it, or a member's
 * suggestion until a moderator reviews it. The question is kept in the bank's YAML format, valid or not, so that
 * nothing typed is lost.
 */
@Entity
@Table(name = "question_draft")
public class QuestionDraft extends PanacheEntityBase {

    /** The size of {@code question_draft.yaml} (V5__moderation.sql): one question in the bank's format. */
    public static final int MAX_YAML_LENGTH = 20_000;

    public enum Kind {
        ADD, EDIT, SUGGESTION,
        /** A question the generator proposed from an article; reviewed like a suggestion, announced to nobody. */
        GENERATED
    }

    public enum Status {
        /** With its author: to be fixed, confirmed or discarded. */
        OPEN,
        /** A suggestion waiting for a moderator. */
        QUEUED,
        /** Saved as a question (confirmed, or approved). */
        ACCEPTED,
        /** Discarded by its author, or rejected by a moderator. */
        DROPPED
    }

    @Id
    @GeneratedValue(generator = "question_draft_seq")
    @SequenceGenerator(name = "question_draft_seq", sequenceName = "question_draft_seq", allocationSize = 50)
    public Long id;
    @Column(name = "guild_id")
    public String guildId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** The question edited, or the one the draft became. */
    @Column(name = "question_id")
    public Long questionId;
    @Column(name = "author_id")
    public String authorId;
    @Column(name = "author_name")
    public String authorName;
    /** Where the author was, to tell them there when their suggestion is approved. */
    @Column(name = "channel_id")
    public String channelId;
    public String yaml;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** How many of the server's drafts wait for a moderator's review. */
    public static long waiting(String guildId) {
        return count("guildId = ?1 and status = ?2", guildId, Status.QUEUED);
    }
}
