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

/** One change a server made to a question, kept for good: who, what and when. */
@Entity
@Table(name = "question_change")
public class QuestionChange extends PanacheEntityBase {

    public enum Action {

        ADDED, EDITED, RETIRED, RESTORED, SWITCHED_OFF, SWITCHED_ON, IMPORTED, APPROVED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    @Id
    @GeneratedValue(generator = "question_change_seq")
    @SequenceGenerator(name = "question_change_seq", sequenceName = "question_change_seq", allocationSize = 50)
    public Long id;
    @Column(name = "guild_id")
    public String guildId;
    @Column(name = "question_id")
    public long questionId;
    @Enumerated(EnumType.STRING)
    public Action action;
    public String actor;
    @Column(name = "changed_at")
    public Instant changedAt;

    static void record(String guildId, long questionId, Action action, Actor actor, Instant at) {
        QuestionChange change = new QuestionChange();
        change.guildId = guildId;
        change.questionId = questionId;
        change.action = action;
        change.actor = actor.id();
        change.changedAt = at;
        change.persist();
    }
}
