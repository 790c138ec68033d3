package app.footnote.score;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A player's running totals in one scope (a server, or {@code *} for everyone) and one period ({@code all},
 * {@code week:<Monday>}, {@code month:<yyyy-MM>}). Changed only by {@link ScoreTotals}, with relative updates.
 */
@Entity
@Table(name = "score_total")
@IdClass(ScoreTotal.Key.class)
public class ScoreTotal extends PanacheEntityBase {

    public record Key(String userId, String scope, String period) {
    }

    @Id
    @Column(name = "user_id")
    public String userId;
    @Id
    public String scope;
    @Id
    public String period;
    @Column(name = "display_name")
    public String displayName;
    public long points;
    public int answers;
    public int correct;
    @Column(name = "current_streak")
    public int currentStreak;
    @Column(name = "best_streak")
    public int bestStreak;
    /** When the player reached their current points: the leaderboard's tie-breaker. */
    @Column(name = "reached_at")
    public Instant reachedAt;
}
