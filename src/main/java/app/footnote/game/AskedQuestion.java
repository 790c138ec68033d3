package app.footnote.game;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A question a server has had in the current cycle; {@link PickQuestion} clears a filter's once all were asked. */
@Entity
@Table(name = "asked_question")
@IdClass(AskedQuestion.Key.class)
public class AskedQuestion extends PanacheEntityBase {

    public record Key(String guildId, long questionId) {
    }

    @Id
    @Column(name = "guild_id")
    public String guildId;
    @Id
    @Column(name = "question_id")
    public long questionId;
    @Column(name = "asked_at")
    public Instant askedAt;
}
