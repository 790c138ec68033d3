package app.footnote.game;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Closes due rounds on a schedule; those whose deadline passed while the bot was down are closed by {@code StartUp}. */
@ApplicationScoped
public class RevealTick {

    private final RevealRound revealRound;

    public RevealTick(RevealRound revealRound) {
        this.revealRound = revealRound;
    }

    /** Every {@code footnote.game.reveal-every} (env FOOTNOTE_GAME_REVEAL_EVERY, default 1s). */
    @Scheduled(every = "${footnote.game.reveal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        revealRound.revealDue();
    }
}
