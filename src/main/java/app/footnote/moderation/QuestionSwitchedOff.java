package app.footnote.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A shared question a server took out of its rounds; deleting the row puts it back. */
@Entity
@Table(name = "question_switched_off")
@IdClass(QuestionSwitchedOff.Key.class)
public class QuestionSwitchedOff extends PanacheEntityBase {

    public record Key(String guildId, long questionId) {
    }

    @Id
    @Column(name = "guild_id")
    public String guildId;
    @Id
    @Column(name = "question_id")
    public long questionId;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
}
