package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.StartUp;
import app.footnote.bank.Article;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.bank.Difficulty;
import app.footnote.moderation.Actor;
import app.footnote.moderation.ServerQuestions;
import app.footnote.score.Leaderboards;
import app.footnote.score.Period;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Games of several questions through the game services, as any chat adapter drives them. */
@QuarkusTest
class PlayGameTest {

    @Inject
    StopGame stopGame;
    @Inject
    DescribeGame describeGame;
    @Inject
    RecordAnswer recordAnswer;
    @Inject
    RevealRound revealRound;
    @Inject
    NextGameRound nextGameRound;
    @Inject
    StartRound startRound;
    @Inject
    RoundFacts roundFacts;
    @Inject
    StartUp startUp;
    @Inject
    Leaderboards leaderboards;
    @Inject
    PlayedGames playedGames;
    @Inject
    GameConfig config;
    @Inject
    Clock clock;
    @Inject
    ThisProcess thisProcess;
    @Inject
    ServerQuestions serverQuestions;

    private final String guild = Rounds.newGuild();

    @BeforeEach
    void startOfTheTest() {
        TestClock.NOW.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    private RoundView startGame(String channel, int questions) {
        return assertInstanceOf(StartOutcome.Started.class, startRound.start(StartRequest
                .in(Origin.LOCAL, guild, channel).by("ada", "Ada").difficulty(Difficulty.EASY).questions(questions)))
                .round();
    }

    private void answer(RoundView round, String player, boolean right) {
        assertInstanceOf(AnswerOutcome.LockedIn.class, recordAnswer.answer(guild, round.id(), player, "Player "
                + player, right ? Rounds.rightLabel(round.id()) : Rounds.wrongLabel(round.id())));
    }

    /** To the round's close, and its reveal. */
    private void closeAndReveal(RoundView round) {
        TestClock.NOW.set(round.closesAt());
        revealRound.revealDue();
    }

    @Test
    void theRoundsFollowEachRevealAfterThePauseThenTheFinalStandingsTiesGoingToWhoReachedTheScoreFirst() {
        RoundView first = startGame("quiz", 3);
        long gameId = first.game().gameId();
        assertEquals(new RoundView.InGame(gameId, 1, 3), first.game());
        assertEquals("easy", first.difficulty());

        // Bob gets question 1 right, Ada question 2, just as fast: equal points, Bob's reached first
        TestClock.NOW.advance(Duration.ofSeconds(5));
        answer(first, "bob", true);
        answer(first, "cy", false);
        closeAndReveal(first);
        TestClock.NOW.advance(config.pauseBetweenRounds().minusSeconds(1));
        nextGameRound.playDue();
        assertEquals(List.of(), playedGames.roundsOf(gameId), "not before the pause is over");
        TestClock.NOW.advance(Duration.ofSeconds(1));
        nextGameRound.playDue();
        RoundView second = playedGames.roundsOf(gameId).get(0);
        assertEquals(new RoundView.InGame(gameId, 2, 3), second.game());
        assertEquals(TestClock.NOW.instant(), second.startedAt());

        TestClock.NOW.advance(Duration.ofSeconds(5));
        answer(second, "ada", true);
        answer(second, "cy", false);
        closeAndReveal(second);
        TestClock.NOW.advance(config.pauseBetweenRounds());
        nextGameRound.playDue();
        RoundView third = playedGames.roundsOf(gameId).get(1);
        assertEquals(3, third.game().number());
        closeAndReveal(third);
        assertEquals(List.of(), playedGames.endsOf(gameId), "the standings come after the pause too");
        TestClock.NOW.advance(config.pauseBetweenRounds());
        nextGameRound.playDue();

        GameStandings standings = playedGames.endsOf(gameId).get(0);
        assertEquals(List.of("Player bob", "Player ada", "Player cy"),
                standings.top().stream().map(GameStandings.Line::displayName).toList());
        int points = standings.top().get(0).points();
        assertEquals(points, standings.top().get(1).points());
        assertTrue(points > 0);
        assertEquals(List.of(1, 1, 0), standings.top().stream().map(GameStandings.Line::correct).toList());
        assertEquals(List.of(1, 2, 3), standings.top().stream().map(GameStandings.Line::rank).toList());
        assertTrue(standings.game().ended());
        assertEquals(3, standings.game().played());

        // The game's points count on the leaderboard as any round's; the channel is free again
        assertEquals(points, leaderboards.stats(guild, "bob").orElseThrow().points());
        assertEquals(points, leaderboards.leaderboard(guild, Period.WEEK, null).top().get(0).points());
        assertEquals(standings.top().stream().map(GameStandings.Line::displayName).toList(),
                leaderboards.leaderboard(guild, Period.WEEK, null).top().stream()
                        .map(app.footnote.score.Standing::displayName).toList(),
                "one tie rule: the leaderboard ranks the players as the game did");
        nextGameRound.playDue();
        assertEquals(1, playedGames.endsOf(gameId).size(), "a game ends once");
        assertInstanceOf(StartOutcome.Started.class, startRound.start(StartRequest.in(Origin.LOCAL, guild, "quiz")));
    }

    @Test
    void aChannelWithAGameRunningPointsToItEvenBetweenRounds() {
        RoundView first = startGame("quiz", 2);

        StartOutcome during = startRound.start(StartRequest.in(Origin.LOCAL, guild, "quiz"));
        closeAndReveal(first);
        StartOutcome between = startRound
                .start(StartRequest.in(Origin.LOCAL, guild, "quiz").by("bob", "Bob").questions(5));

        for (StartOutcome outcome : List.of(during, between)) {
            GameView game = assertInstanceOf(StartOutcome.GameRunning.class, outcome).game();
            assertEquals(first.game().gameId(), game.id());
            assertEquals(first.id(), game.latestRoundId());
            assertEquals("Ada", game.startedByName());
        }
    }

    @Test
    void aNumberOfQuestionsOutsideOneToTwentyIsRefusedAndNothingStarts() {
        for (int questions : new int[]{0, 21}) {
            assertThrows(IllegalArgumentException.class,
                    () -> startRound
                            .start(StartRequest.in(Origin.LOCAL, guild, "quiz").by("ada", "Ada").questions(questions)));
        }

        assertInstanceOf(StartOutcome.Started.class, startRound.start(StartRequest.in(Origin.LOCAL, guild, "quiz")));
    }

    @Test
    void onlyTheStarterOrAModeratorStopsTheGameWhichThenEndsAfterTheCurrentRound() {
        RoundView first = startGame("quiz", 5);
        long gameId = first.game().gameId();

        GameView refused = assertInstanceOf(StopOutcome.NotAllowed.class,
                stopGame.stop(guild, "quiz", "bob", "Bob", false)).game();
        assertEquals("Ada", refused.startedByName());
        assertTrue(!describeGame.describe(first.game().gameId()).orElseThrow().game().stopping(), "nothing changed");
        StopOutcome.Stopping stopping = assertInstanceOf(StopOutcome.Stopping.class,
                stopGame.stop(guild, "quiz", "mod", "Mod", true));
        assertEquals("Mod", stopping.stoppedBy());
        assertEquals("Mod", assertInstanceOf(StopOutcome.AlreadyStopping.class,
                stopGame.stop(guild, "quiz", "ada", "Ada", false)).stoppedBy(), "the first stop stands");
        assertInstanceOf(StopOutcome.NoGame.class, stopGame.stop(guild, "elsewhere", "ada", "Ada", false));

        closeAndReveal(first);
        TestClock.NOW.advance(config.pauseBetweenRounds());
        nextGameRound.playDue();

        assertEquals(List.of(), playedGames.roundsOf(gameId));
        GameView ended = playedGames.endsOf(gameId).get(0).game();
        assertEquals(1, ended.played());
        assertEquals(5, ended.questions());
        assertEquals("Mod", ended.stoppedBy());
    }

    @Test
    void afterARestartMidGameTheNextQuestionComesFromTheRows() {
        RoundView first = startGame("quiz", 2);
        long gameId = first.game().gameId();
        // The process goes down with round 1 open; its close and the pause pass while it is down
        roundFacts.forget(first.id());
        TestClock.NOW.set(first.closesAt().plus(Duration.ofMinutes(10)));

        startUp.onStart(null);
        assertEquals(List.of(), playedGames.roundsOf(gameId), "the pause follows the reveal, made at the start");
        TestClock.NOW.advance(config.pauseBetweenRounds());
        startUp.onStart(null);

        RoundView second = playedGames.roundsOf(gameId).get(0);
        assertEquals(2, second.game().number());
        assertInstanceOf(AnswerOutcome.LockedIn.class, recordAnswer.answer(guild, second.id(), "ada", "Ada",
                Rounds.rightLabel(second.id())));
    }

    @Test
    void aGameOfTheWeeksNewsKeepsItsWindowForEveryRoundAlsoAfterARestart() {
        // A time no other test's articles are from: only these are news of it
        TestClock.NOW.set(Instant.parse("2032-05-12T10:00:00Z"));
        // A server's own questions need a server id as short as Discord's
        String server = "news-" + System.nanoTime();
        Set<String> thisWeek = Set.of(newsQuestion(server, LocalDate.of(2032, 5, 11), "Cedar Bank"),
                newsQuestion(server, LocalDate.of(2032, 5, 7), "Alder Mills"));
        String older = newsQuestion(server, LocalDate.of(2032, 4, 28), "Birch Insurance");

        StartOutcome.Started started = assertInstanceOf(StartOutcome.Started.class, startRound.start(StartRequest.in(
                Origin.LOCAL, server, "news").by("ada", "Ada").news(NewsWindow.WEEK).questions(3)));
        RoundView first = started.round();
        long gameId = first.game().gameId();
        assertTrue(started.fewerThanAsked());
        assertEquals(2, first.game().questions(), "two questions are this week's news");
        // The process goes down with round 1 open, and comes back after its close and the pause
        roundFacts.forget(first.id());
        TestClock.NOW.set(first.closesAt().plus(Duration.ofMinutes(10)));
        startUp.onStart(null);
        TestClock.NOW.advance(config.pauseBetweenRounds());
        startUp.onStart(null);

        RoundView second = playedGames.roundsOf(gameId).get(0);
        assertEquals(thisWeek, Set.of(first.prompt(), second.prompt()), "never " + older);
        StartOutcome during = startRound.start(StartRequest.in(Origin.LOCAL, server, "elsewhere")
                .news(NewsWindow.TODAY));
        assertEquals(NewsWindow.TODAY, assertInstanceOf(StartOutcome.NothingMatches.class, during).news(),
                "a round of today's news: none is from today");
    }

    /** A question of {@code server}'s own citing an article published on {@code published}; returns its prompt. */
    private String newsQuestion(String server, LocalDate published, String company) {
        String id = "game-news-" + System.nanoTime();
        String sentence = company + " agreed to buy its rival for $2.4 billion on Monday.";
        QuarkusTransaction.requiringNew().run(() -> Article.save(new BankArticle(id, company + " buys its rival",
                "Daily Ledger", published, List.of(), sentence + "\nThe deal closes next year.")));
        String prompt = "For how much did " + company + " agree to buy its rival?";
        serverQuestions.add(server, BankQuestion.of(null, "business", "easy", prompt, "$2.4 billion",
                List.of("$1.1 billion", "$3.8 billion", "$950 million"), "The price of the deal.",
                List.of(new BankSource(id, null, sentence, 0))), Actor.API);
        return prompt;
    }

    @Test
    void twoProcessesAtTheSameMomentOpenTheNextRoundOnce() throws Exception {
        RoundView first = startGame("quiz", 2);
        long gameId = first.game().gameId();
        closeAndReveal(first);
        TestClock.NOW.advance(config.pauseBetweenRounds());
        List<RoundView> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        Event<GameRoundStarted> recorder = recorder(opened);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Void>> processes = List.of(1, 2).stream().map(i -> {
            NextGameRound process = new NextGameRound(clock, startRound, thisProcess, recorder, ignored());
            return CompletableFuture.runAsync(() -> {
                await(go);
                process.playDue();
            });
        }).toList();

        go.countDown();
        CompletableFuture.allOf(processes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertEquals(1, opened.stream().filter(r -> r.game().gameId() == gameId).count(), opened.toString());
        long rounds = QuarkusTransaction.requiringNew().call(() -> Round.count("game.id", gameId));
        assertEquals(2, rounds);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static Event<GameRoundStarted> recorder(List<RoundView> sink) {
        Event<GameRoundStarted> event = org.mockito.Mockito.mock(Event.class);
        org.mockito.Mockito.doAnswer(call -> sink.add(((GameRoundStarted) call.getArgument(0)).round())).when(event)
                .fire(org.mockito.ArgumentMatchers.any());
        return event;
    }

    @SuppressWarnings("unchecked")
    private static Event<GameEnded> ignored() {
        return org.mockito.Mockito.mock(Event.class);
    }
}
