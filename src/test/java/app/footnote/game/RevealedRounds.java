package app.footnote.game;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Stands where a chat adapter would: records every reveal the game announces. */
@ApplicationScoped
public class RevealedRounds {

    private final List<Reveal> reveals = new CopyOnWriteArrayList<>();

    void onReveal(@Observes RoundRevealed event) {
        reveals.add(event.reveal());
    }

    public long count(long roundId) {
        return reveals.stream().filter(r -> r.roundId() == roundId).count();
    }
}
