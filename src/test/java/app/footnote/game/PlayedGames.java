package app.footnote.game;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Stands where a chat adapter would: records every game round opened and every game ended. */
@ApplicationScoped
public class PlayedGames {

    private final List<RoundView> rounds = new CopyOnWriteArrayList<>();
    private final List<GameStandings> ends = new CopyOnWriteArrayList<>();

    void onRound(@Observes GameRoundStarted event) {
        rounds.add(event.round());
    }

    void onEnd(@Observes GameEnded event) {
        ends.add(event.standings());
    }

    /** The rounds the game opened on its own (its second and later), in order. */
    public List<RoundView> roundsOf(long gameId) {
        return rounds.stream().filter(r -> r.game().gameId() == gameId).toList();
    }

    public List<GameStandings> endsOf(long gameId) {
        return ends.stream().filter(s -> s.game().id() == gameId).toList();
    }
}
