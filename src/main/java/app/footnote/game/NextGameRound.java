package app.footnote.game;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import app.footnote.score.ScoreTotals;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Moves on the games whose pause after a reveal is over: the next question, or after the last (or once stopped) the
 * final standings. The game's row is the truth, so a restart goes on where it was; each step is a conditional update
 * from the round count read, which only one process or tick can win.
 */
@ApplicationScoped
public class NextGameRound {

    private static final Logger LOG = Logger.getLogger(NextGameRound.class);

    private final Clock clock;
    private final StartRound startRound;
    private final ThisProcess thisProcess;
    private final Event<GameRoundStarted> roundStarted;
    private final Event<GameEnded> ended;

    public NextGameRound(Clock clock, StartRound startRound, ThisProcess thisProcess,
            Event<GameRoundStarted> roundStarted, Event<GameEnded> ended) {
        this.clock = clock;
        this.startRound = startRound;
        this.thisProcess = thisProcess;
        this.roundStarted = roundStarted;
        this.ended = ended;
    }

    private record DueGame(long id, Origin origin, String guildId) {
    }

    /** What moving a game on did: a round opened, or the game ended. */
    private record Step(RoundView round, GameStandings standings) {
    }

    /** Moves on every due game of this process's servers, each in its own transaction. */
    public void playDue() {
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Game.getEntityManager()
                .createQuery("select g.id, g.origin, g.guildId from Game g where g.runningKey is not null"
                        + " and g.nextRoundAt <= :now order by g.nextRoundAt", DueGame.class)
                .setParameter("now", now).getResultList()).stream()
                .filter(game -> thisProcess.serves(game.origin(), game.guildId())).map(DueGame::id).toList();
        for (long gameId : due) {
            try {
                QuarkusTransaction.requiringNew().call(() -> step(gameId, now)).ifPresent(step -> {
                    if (step.round() != null) {
                        roundStarted.fire(new GameRoundStarted(step.round()));
                    } else {
                        ended.fire(new GameEnded(step.standings()));
                    }
                });
            } catch (RuntimeException e) {
                // One broken game must not hold up the others; it is tried again at the next tick.
                LOG.errorf(e, "Could not move on game %d", gameId);
            }
        }
    }

    /**
     * At start: tells the adapters again of this process's open game rounds, for those whose question a crash kept
     * from being shown (the adapter skips those it showed). The round was committed before it was posted.
     */
    public void announceOpenRounds() {
        List<RoundView> open = QuarkusTransaction.requiringNew().call(() -> Round.<Round>list(
                "game is not null and revealedAt is null order by startedAt").stream()
                .filter(round -> thisProcess.serves(round.origin, round.guildId)).map(RoundView::of).toList());
        open.forEach(round -> roundStarted.fire(new GameRoundStarted(round)));
    }

    /**
     * At start, before any game moves on: tells the adapters again of this process's ended games whose final standings
     * none recorded shown, for those a crash kept from being posted after the end was committed.
     */
    public void announceUnshownStandings() {
        List<GameStandings> unshown = QuarkusTransaction.requiringNew().call(() -> Game.<Game>list(
                "endedAt is not null and standingsShownAt is null order by endedAt").stream()
                .filter(game -> thisProcess.serves(game.origin, game.guildId)).map(NextGameRound::standingsOf)
                .toList());
        unshown.forEach(standings -> ended.fire(new GameEnded(standings)));
    }

    private Optional<Step> step(long gameId, Instant now) {
        Game game = Game.findById(gameId);
        if (game == null || game.runningKey == null || game.nextRoundAt == null || game.nextRoundAt.isAfter(now)) {
            return Optional.empty();
        }
        int played = game.played;
        if (game.stopRequested || played >= game.questions) {
            return end(game, played, played, now);
        }
        int won = Game.update("played = played + 1, nextRoundAt = null where id = ?1 and played = ?2"
                + " and runningKey is not null and nextRoundAt <= ?3", gameId, played, now);
        if (won == 0) {
            return Optional.empty();
        }
        Game.getEntityManager().refresh(game);
        Optional<RoundView> round = startRound.openInGame(game, now);
        if (round.isEmpty()) {
            // The bank ran out of matching questions mid-game (they were retired): the game ends with what it had,
            // giving back the round claimed above, which never opened.
            return end(game, played + 1, played, now);
        }
        return Optional.of(new Step(round.get(), null));
    }

    /**
     * @param claimed the round count this step read (or claimed)
     * @param played the rounds the game really opened
     */
    private Optional<Step> end(Game game, int claimed, int played, Instant now) {
        int won = Game.update("runningKey = null, nextRoundAt = null, endedAt = ?1, played = ?2 where id = ?3"
                + " and played = ?4 and runningKey is not null", now, played, game.id, claimed);
        if (won == 0) {
            return Optional.empty();
        }
        Game.getEntityManager().refresh(game);
        return Optional.of(new Step(null, standingsOf(game)));
    }

    /** The standings of a game from its revealed rounds' answers; call within a transaction. */
    static GameStandings standingsOf(Game game) {
        List<ScoreTotals.ScoredAnswer> answers = Game.getEntityManager().createQuery("select a.userId, a.displayName,"
                + " a.points, a.correct, a.answeredAt from Answer a, Round r where a.roundId = r.id"
                + " and r.game.id = :game and r.revealedAt is not null", ScoreTotals.ScoredAnswer.class)
                .setParameter("game", game.id).getResultList();
        return new GameStandings(GameView.of(game), GameStandings.rank(answers));
    }
}
