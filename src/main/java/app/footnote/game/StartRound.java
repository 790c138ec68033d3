package app.footnote.game;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import app.footnote.bank.ActiveCategories;
import app.footnote.bank.Question;
import app.footnote.bank.QuestionSource;
import app.footnote.db.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Opens a round or a game in a channel, or points to what already plays there; opens a game's next rounds and the
 * daily question too. The one way play starts.
 */
@ApplicationScoped
public class StartRound {

    private final Clock clock;
    private final PickQuestion pickQuestion;
    private final RoundLength roundLength;
    private final RoundFacts roundFacts;
    private final ActiveCategories activeCategories;

    public StartRound(Clock clock, PickQuestion pickQuestion, RoundLength roundLength, RoundFacts roundFacts,
            ActiveCategories activeCategories) {
        this.clock = clock;
        this.pickQuestion = pickQuestion;
        this.roundLength = roundLength;
        this.roundFacts = roundFacts;
        this.activeCategories = activeCategories;
    }

    /**
     * Opens what {@code request} asks for: a round, or a game whose first round opens at once and whose next ones
     * follow each reveal after the configured pause. A channel with a round open or a game running gets that instead.
     *
     * @throws IllegalArgumentException for a game without the player who starts it: the adapters refuse it first
     */
    public StartOutcome start(StartRequest request) {
        if (request.game() && request.playerId() == null) {
            throw new IllegalArgumentException("a game needs the player who starts it");
        }
        int seconds = roundLength.of(request.guildId());
        Callable<StartOutcome> open = () -> request.game() ? openGame(request) : open(request, seconds);
        try {
            return QuarkusTransaction.requiringNew().call(open);
        } catch (RuntimeException e) {
            // Another start in the same channel (or of the same question in this server) won the race: try once more.
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(open);
        }
    }

    private StartOutcome open(StartRequest request, int seconds) {
        Optional<StartOutcome> busy = busy(request.guildId(), request.channelId());
        if (busy.isPresent()) {
            return busy.get();
        }
        Instant now = clock.instant();
        Optional<Question> question = pickQuestion.pick(request.guildId(), request.category(), request.difficulty(),
                request.news(), now);
        if (question.isEmpty()) {
            return nothingMatches(request);
        }
        Round round = persist(request.origin(), request.guildId(), request.channelId(), Round.openKey(
                request.guildId(), request.channelId()), question.get(), request.mode(), now,
                now.plus(Duration.ofSeconds(seconds)));
        return new StartOutcome.Started(RoundView.of(round));
    }

    private StartOutcome openGame(StartRequest request) {
        Optional<StartOutcome> busy = busy(request.guildId(), request.channelId());
        if (busy.isPresent()) {
            return busy.get();
        }
        Instant now = clock.instant();
        // Asked before the game row is written: a game that cannot start leaves nothing behind to roll back.
        int matching = pickQuestion.matching(request.guildId(), request.category(), request.difficulty(),
                request.news(), now);
        if (matching == 0) {
            return nothingMatches(request);
        }
        Game game = new Game();
        game.origin = request.origin();
        game.guildId = request.guildId();
        game.channelId = request.channelId();
        game.runningKey = Game.runningKey(request.guildId(), request.channelId());
        game.startedBy = request.playerId();
        game.startedByName = request.playerName();
        game.category = request.category();
        game.difficulty = request.difficulty();
        game.news = request.news();
        game.mode = request.mode();
        // No game asks a question twice: with fewer matching questions than asked, it has that many.
        game.questions = Math.min(request.questions(), matching);
        game.played = 1;
        game.startedAt = now;
        game.persistAndFlush();
        Optional<RoundView> first = openInGame(game, now);
        if (first.isEmpty()) {
            // The last matching question was retired in between: the game never started.
            game.delete();
            return nothingMatches(request);
        }
        return new StartOutcome.Started(first.get(), request.questions());
    }

    private StartOutcome nothingMatches(StartRequest request) {
        return new StartOutcome.NothingMatches(request.category(), request.difficulty(), request.news(),
                activeCategories.list(request.guildId()));
    }

    /** What already plays in the channel, in the caller's transaction: a game, else an open round; else empty. */
    static Optional<StartOutcome> busy(String guildId, String channelId) {
        Optional<Game> game = Game.runningIn(guildId, channelId);
        if (game.isPresent()) {
            return Optional.of(new StartOutcome.GameRunning(GameView.of(game.get())));
        }
        return Round.<Round>find("openKey", Round.openKey(guildId, channelId)).firstResultOptional()
                .map(open -> new StartOutcome.AlreadyOpen(RoundView.of(open)));
    }

    /**
     * Opens the game's next round, numbered {@code game.played}, in the caller's transaction; the caller has claimed
     * that number. The game's filters apply (its news window ending the day the round opens), the server's round
     * length too; none of the game's questions comes again.
     *
     * @return empty when no question the game has not asked matches its filters any more
     */
    Optional<RoundView> openInGame(Game game, Instant now) {
        int seconds = roundLength.of(game.guildId);
        List<Long> asked = Round.getEntityManager().createQuery("select r.question.id from Round r"
                + " where r.game.id = :game", Long.class).setParameter("game", game.id).getResultList();
        return pickQuestion.pick(game.guildId, game.category, game.difficulty, game.news, now, asked).map(question -> {
            Round round = build(game.origin, game.guildId, game.channelId, Round.openKey(game.guildId,
                    game.channelId), question, game.mode, now, now.plus(Duration.ofSeconds(seconds)));
            round.game = game;
            round.gameRound = game.played;
            return RoundView.of(save(round));
        });
    }

    /**
     * Opens a server's daily question in {@code channelId} until {@code closesAt}, in the caller's transaction. Only
     * one daily round of a server is open at a time; it never blocks /trivia in the same channel.
     *
     * @param preferred a question from this window's news first, when there is one the server has not had;
     *        {@code null} for any question
     * @return empty when no question matches the category
     */
    public Optional<RoundView> openDaily(Origin origin, String guildId, String channelId, String category,
            NewsWindow preferred, Instant closesAt) {
        Instant now = clock.instant();
        Optional<Question> picked = preferred == null ? Optional.empty()
                : pickQuestion.pickUnasked(guildId, category, preferred, now);
        return picked.or(() -> pickQuestion.pick(guildId, category, null, null, now)).map(question -> RoundView.of(
                persist(origin, guildId, channelId, "daily/" + guildId, question, AnswerMode.BUTTONS, now,
                        closesAt)));
    }

    private Round persist(Origin origin, String guildId, String channelId, String openKey, Question question,
            AnswerMode mode, Instant now, Instant closesAt) {
        return save(build(origin, guildId, channelId, openKey, question, mode, now, closesAt));
    }

    private Round save(Round round) {
        round.persistAndFlush();
        roundFacts.remember(round);
        return round;
    }

    private static Round build(Origin origin, String guildId, String channelId, String openKey, Question question,
            AnswerMode mode, Instant now, Instant closesAt) {
        Round round = new Round();
        round.origin = origin;
        round.guildId = guildId;
        round.channelId = channelId;
        round.openKey = openKey;
        round.question = question;
        round.askedPrompt = question.prompt;
        round.askedAnswer = question.answer;
        round.askedWrongChoices.addAll(question.wrongChoices);
        round.askedAcceptedAnswers.addAll(question.acceptedAnswers);
        round.askedExplanation = question.explanation;
        round.mode = mode;
        question.sources.forEach(source -> round.askedSources.add(new QuestionSource(source.articleId, source.url,
                source.quote)));
        round.choiceOrder = shuffledOrder(question.wrongChoices.size());
        round.startedAt = now;
        round.closesAt = closesAt;
        return round;
    }

    /** The answer (0) and up to four wrong choices (1…n), in random order. */
    static List<Integer> shuffledOrder(int wrongCount) {
        List<Integer> wrong = new ArrayList<>(IntStream.rangeClosed(1, wrongCount).boxed().toList());
        Collections.shuffle(wrong, ThreadLocalRandom.current());
        List<Integer> order = new ArrayList<>(
                wrong.subList(0, Math.min(wrongCount, GameConfig.MAX_WRONG_CHOICES_SHOWN)));
        order.add(0);
        Collections.shuffle(order, ThreadLocalRandom.current());
        return List.copyOf(order);
    }
}
