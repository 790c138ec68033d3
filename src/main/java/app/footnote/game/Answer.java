package app.footnote.game;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A player's one answer to a round; the database refuses a second (unique round and user). */
@Entity
public class Answer extends PanacheEntityBase {

    /** An identity column: {@link GroupCommitAnswerWriter} inserts answers without Hibernate, many to a commit. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "round_id")
    public long roundId;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "display_name")
    public String displayName;
    /** The position of the clicked choice in the shown order; {@code null} for a typed answer. */
    @Column(name = "choice_index")
    public Integer choiceIndex;
    /** What the player typed, for a typed round; {@code null} for a click. */
    @Column(name = "typed_answer")
    public String typedAnswer;
    public boolean correct;
    public int points;
    @Column(name = "answered_at")
    public Instant answeredAt;
}
