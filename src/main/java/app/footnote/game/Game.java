package app.footnote.game;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import app.footnote.bank.Difficulty;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Several rounds played back to back in one channel, then the final standings. */
@Entity
public class Game extends PanacheEntity {

    @Enumerated(EnumType.STRING)
    public Origin origin;
    @Column(name = "guild_id")
    public String guildId;
    @Column(name = "channel_id")
    public String channelId;
    /** Guild and channel while the game runs, {@code null} once ended; unique, so a channel has one game. */
    @Column(name = "running_key")
    public String runningKey;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "started_by_name")
    public String startedByName;
    public String category;
    @Enumerated(EnumType.STRING)
    public Difficulty difficulty;
    /** Only questions from this window's news, each round picking from the window ending that day; or any. */
    @Enumerated(EnumType.STRING)
    public NewsWindow news;
    public int questions;
    /** How every round of the game is answered. */
    @Enumerated(EnumType.STRING)
    public AnswerMode mode = AnswerMode.BUTTONS;
    /** Rounds started so far: moving it on from the value read claims the next round. */
    public int played;
    /** When the next round, or after the last the final standings, is due; {@code null} while a round is open. */
    @Column(name = "next_round_at")
    public Instant nextRoundAt;
    @Column(name = "stop_requested")
    public boolean stopRequested;
    @Column(name = "stopped_by_name")
    public String stoppedByName;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    /** When an adapter showed the final standings; until then a restart shows them (again). */
    @Column(name = "standings_shown_at")
    public Instant standingsShownAt;

    /** The same key as a round's: a game and a plain round in one channel are one key apart. */
    static String runningKey(String guildId, String channelId) {
        return Round.openKey(guildId, channelId);
    }

    /** The game running in a channel, if any; in the caller's transaction. */
    static Optional<Game> runningIn(String guildId, String channelId) {
        return Game.<Game>find("runningKey", runningKey(guildId, channelId)).firstResultOptional();
    }

    /** The round of this game opened last, or {@code null} before the first. */
    Round latestRound() {
        return Round.<Round>find("game.id = ?1 order by gameRound desc", id).firstResult();
    }
}
