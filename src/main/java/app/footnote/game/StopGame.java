package app.footnote.game;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** {@code /trivia-stop}: ends a channel's game after its current round, for the player who started it or a moderator. */
@ApplicationScoped
public class StopGame {

    /**
     * @param moderator whether the chat says the player may moderate the server
     */
    @Transactional
    public StopOutcome stop(String guildId, String channelId, String playerId, String playerName, boolean moderator) {
        Optional<Game> running = Game.runningIn(guildId, channelId);
        if (running.isEmpty()) {
            return new StopOutcome.NoGame();
        }
        Game game = running.get();
        if (!moderator && !game.startedBy.equals(playerId)) {
            return new StopOutcome.NotAllowed(GameView.of(game));
        }
        // Bulk updates of its own columns: the reveal and the next round, at the same moment, write only theirs. The
        // game may have ended, or been stopped by someone else, since it was read: only a running game is stopped.
        int won = Game.update("stopRequested = true, stoppedByName = ?1 where id = ?2 and stopRequested = false"
                + " and runningKey is not null", playerName, game.id);
        Game.getEntityManager().refresh(game);
        if (game.runningKey == null) {
            return new StopOutcome.NoGame();
        }
        GameView view = GameView.of(game);
        return won == 1 ? new StopOutcome.Stopping(view, game.stoppedByName)
                : new StopOutcome.AlreadyStopping(view, game.stoppedByName);
    }
}
