package app.footnote.game;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records that an adapter has shown a game's final standings: until then, a restart fires {@link GameEnded} again, so
 * a crash between the end's commit and the post does not lose them.
 */
@ApplicationScoped
public class StandingsShown {

    private final Clock clock;

    public StandingsShown(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public void record(long gameId) {
        Game.update("standingsShownAt = ?1 where id = ?2 and standingsShownAt is null", clock.instant(), gameId);
    }
}
