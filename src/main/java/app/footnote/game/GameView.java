package app.footnote.game;

import java.time.Instant;

/**
 * A game as players may see it.
 *
 * @param played rounds started so far
 * @param latestRoundId the round opened last
 * @param nextRoundAt when the next round (or, after the last, the standings) comes; {@code null} while a round is open
 * @param stopping someone asked to end it after the current round ({@code stoppedBy})
 * @param endedAt when it ended, or {@code null} while it runs
 */
public record GameView(long id, Origin origin, String guildId, String channelId, String startedBy,
        String startedByName, int questions, int played, long latestRoundId, Instant nextRoundAt, boolean stopping,
        String stoppedBy, Instant endedAt) {

    static GameView of(Game game) {
        Round latest = game.latestRound();
        return new GameView(game.id, game.origin, game.guildId, game.channelId, game.startedBy, game.startedByName,
                game.questions, game.played, latest == null ? 0 : latest.id, game.nextRoundAt, game.stopRequested,
                game.stoppedByName, game.endedAt);
    }

    public boolean ended() {
        return endedAt != null;
    }
}
