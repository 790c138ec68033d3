package app.footnote.game;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;

import app.footnote.bank.ActiveCategories;
import app.footnote.bank.Difficulty;
import app.footnote.db.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * {@code /trivia} with a number of questions: one is a round on its own; more start a game, whose first round opens at
 * once and whose next ones follow each reveal after the configured pause.
 */
@ApplicationScoped
public class StartGame {

    private final Clock clock;
    private final StartRound startRound;
    private final PickQuestion pickQuestion;
    private final ActiveCategories activeCategories;

    public StartGame(Clock clock, StartRound startRound, PickQuestion pickQuestion,
            ActiveCategories activeCategories) {
        this.clock = clock;
        this.startRound = startRound;
        this.pickQuestion = pickQuestion;
        this.activeCategories = activeCategories;
    }

    /** Whether a game may have this many questions; the adapters word the refusal (CommandOptions.questions). */
    public static boolean allowed(long questions) {
        return questions >= GameConfig.MIN_GAME_QUESTIONS && questions <= GameConfig.MAX_GAME_QUESTIONS;
    }

    /**
     * @param playerId who asked: they may stop the game, as a moderator may
     * @param questions 1 to 20 (see {@link #allowed})
     * @throws IllegalArgumentException for another number: the adapters refuse it first, naming the option
     */
    public StartOutcome start(Origin origin, String guildId, String channelId, String playerId, String playerName,
            String category, Difficulty difficulty, int questions) {
        if (!allowed(questions)) {
            throw new IllegalArgumentException("questions out of range: " + questions);
        }
        if (questions == 1) {
            return startRound.start(origin, guildId, channelId, category, difficulty);
        }
        Callable<StartOutcome> open = () -> open(origin, guildId, channelId, playerId, playerName, category,
                difficulty, questions);
        try {
            return QuarkusTransaction.requiringNew().call(open);
        } catch (RuntimeException e) {
            // Another game or round started in the channel at the same moment: the second try points to it.
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(open);
        }
    }

    private StartOutcome open(Origin origin, String guildId, String channelId, String playerId, String playerName,
            String category, Difficulty difficulty, int questions) {
        Optional<StartOutcome> busy = StartRound.busy(guildId, channelId);
        if (busy.isPresent()) {
            return busy.get();
        }
        // Asked before the game row is written: a game that cannot start leaves nothing behind to roll back.
        int matching = pickQuestion.matching(guildId, category, difficulty);
        if (matching == 0) {
            return nothingMatches(guildId, category, difficulty);
        }
        Instant now = clock.instant();
        Game game = new Game();
        game.origin = origin;
        game.guildId = guildId;
        game.channelId = channelId;
        game.runningKey = Game.runningKey(guildId, channelId);
        game.startedBy = playerId;
        game.startedByName = playerName;
        game.category = category;
        game.difficulty = difficulty;
        // No game asks a question twice: with fewer matching questions than asked, it has that many.
        game.questions = Math.min(questions, matching);
        game.played = 1;
        game.startedAt = now;
        game.persistAndFlush();
        Optional<RoundView> first = startRound.openInGame(game, now);
        if (first.isEmpty()) {
            // The last matching question was retired in between: the game never started.
            game.delete();
            return nothingMatches(guildId, category, difficulty);
        }
        return new StartOutcome.Started(first.get(), questions);
    }

    private StartOutcome nothingMatches(String guildId, String category, Difficulty difficulty) {
        return new StartOutcome.NothingMatches(category, difficulty, null, activeCategories.list(guildId));
    }
}
