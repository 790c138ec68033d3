package app.footnote.game;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Closes due rounds on a schedule, then moves on the games whose pause is over; what fell due while the bot was down
 * is done by {@code StartUp}.
 */
@ApplicationScoped
public class RevealTick {

    private final RevealRound revealRound;
    private final NextGameRound nextGameRound;

    public RevealTick(RevealRound revealRound, NextGameRound nextGameRound) {
        this.revealRound = revealRound;
        this.nextGameRound = nextGameRound;
    }

    /** Every {@code footnote.game.reveal-every} (env FOOTNOTE_GAME_REVEAL_EVERY, default 1s). */
    @Scheduled(every = "${footnote.game.reveal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        revealRound.revealDue();
        nextGameRound.playDue();
    }
}
