package app.footnote.game;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A player's one answer to a round; the database refuses a second (unique round and user). */
@Entity
public class Answer extends PanacheEntity {

    @Column(name = "round_id")
    public long roundId;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "choice_index")
    public int choiceIndex;
    public boolean correct;
    public int points;
    @Column(name = "answered_at")
    public Instant answeredAt;
}
