package app.footnote.chat.discord.round;

import static app.footnote.chat.discord.round.DiscordRoundTest.assertNothingCanPing;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import app.footnote.StartUp;
import app.footnote.bank.Article;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.chat.discord.InteractionRouter;
import app.footnote.game.Game;
import app.footnote.game.GameConfig;
import app.footnote.game.NextGameRound;
import app.footnote.game.RevealRound;
import app.footnote.game.StartRound;
import app.footnote.game.ThisProcess;
import app.footnote.moderation.Actor;
import app.footnote.moderation.ServerQuestions;
import app.footnote.testing.Questions;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A game of several questions on Discord: /trivia questions:, /trivia-stop, the next questions and the standings. */
@QuarkusTest
class DiscordGameTest {

    @Inject
    InteractionRouter router;
    @Inject
    RevealRound revealRound;
    @Inject
    NextGameRound nextGameRound;
    @Inject
    DiscordConnection connection;
    @Inject
    RoundPosts roundPosts;
    @Inject
    GameConfig config;
    @Inject
    StartUp startUp;
    @Inject
    Clock clock;
    @Inject
    StartRound startRound;
    @Inject
    ThisProcess thisProcess;
    @Inject
    ServerQuestions serverQuestions;
    @InjectMock
    ChannelMessages channelMessages;

    private final FakeDiscord discord = new FakeDiscord();
    private final DiscordApi api = mock(DiscordApi.class);
    private final User ada = discord.member("Ada");
    private final User bob = discord.member("Bob");
    private final Message posted = mock(Message.class);

    @BeforeEach
    void connect() {
        TestClock.NOW.set(Instant.parse("2026-11-24T10:00:00Z"));
        connection.connected(1, Map.of(0, api));
        stubMessages();
    }

    private void stubMessages() {
        when(posted.getIdAsString()).thenReturn("4242");
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(posted));
        when(channelMessages.edit(any(), any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @AfterEach
    void disconnect() {
        connection.connected(1, Map.of());
    }

    private FakeDiscord.Exchange<SlashCommandInteraction> trivia(User user, Map<String, Object> options) {
        return discord.command(TriviaCommand.NAME, user, options).through(router);
    }

    private FakeDiscord.Sent stop(User user) {
        return discord.command(TriviaStopCommand.NAME, user, Map.of()).through(router).reply();
    }

    private static long roundIdOf(FakeDiscord.Sent question) {
        return Long.parseLong(question.buttons().get(0).getCustomId().orElseThrow().split(":")[1]);
    }

    private static FakeDiscord.Sent sent(DiscordReply reply) {
        return FakeDiscord.Sent.of(reply.applyTo(FakeDiscord.builder(InteractionOriginalResponseUpdater.class)));
    }

    /** The round's close, its reveal and the pause after it; returns what the bot then posted in the channel. */
    private FakeDiscord.Sent revealAndWaitThePause(long roundId) {
        reset(channelMessages);
        stubMessages();
        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)), any());
        reset(channelMessages);
        stubMessages();
        TestClock.NOW.advance(config.pauseBetweenRounds());
        nextGameRound.playDue();
        ArgumentCaptor<DiscordReply> next = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)), next.capture());
        return sent(next.getValue());
    }

    /** A process that commits each step of a game and dies before the adapters hear of it. */
    @SuppressWarnings("unchecked")
    private NextGameRound diesBeforeTellingTheAdapters() {
        return new NextGameRound(clock, startRound, thisProcess, mock(Event.class), mock(Event.class));
    }

    /** Where the round was posted, once the worker that posted it has recorded it (within 5 s). */
    private RoundPost postOf(long roundId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<RoundPost> post = roundPosts.find(roundId);
            if (post.isPresent()) {
                return post.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("round " + roundId + " was not recorded as posted");
    }

    @Test
    void aGameOfTwoPostsEachQuestionAfterTheRevealThenTheFinalStandings() throws InterruptedException {
        // Bob gets question 1 right, Ada question 2, as fast and as hard: a tie, which Bob reached first
        FakeDiscord.Sent first = trivia(ada, Map.of(TriviaCommand.QUESTIONS, 2L, TriviaCommand.DIFFICULTY, "easy"))
                .reply();
        assertEquals("Trivia · question 1 of 2", first.embed().path("title").asText());
        long firstId = roundIdOf(first);
        TestClock.NOW.advance(Duration.ofSeconds(3));
        discord.click(AnswerButton.customId(firstId, Rounds.rightLabel(firstId)), bob).through(router);

        FakeDiscord.Sent second = revealAndWaitThePause(firstId);

        assertEquals("Trivia · question 2 of 2", second.embed().path("title").asText());
        long secondId = roundIdOf(second);
        assertTrue(secondId != firstId);
        assertEquals("4242", postOf(secondId).messageId, "its reveal can close its buttons");
        assertNothingCanPing(second);
        TestClock.NOW.advance(Duration.ofSeconds(3));
        discord.click(AnswerButton.customId(secondId, Rounds.rightLabel(secondId)), ada).through(router);
        discord.click(AnswerButton.customId(secondId, Rounds.wrongLabel(secondId)), bob).through(router);

        FakeDiscord.Sent standings = revealAndWaitThePause(secondId);

        assertEquals(RoundMessages.STANDINGS_TITLE, standings.embed().path("title").asText());
        String lines = standings.embed().path("description").asText();
        assertTrue(lines.matches("(?s)1\\. \\*\\*Bob\\*\\* · 14 points · 1 right\\n2\\. \\*\\*Ada\\*\\* · 14"
                + " points · 1 right\\n\\n2 questions\\..*"), lines);
        assertNothingCanPing(standings);
    }

    @Test
    void aGameQuestionACrashKeptFromBeingPostedIsPostedAtTheRestartAndAPostedOneIsNotPostedAgain()
            throws InterruptedException {
        FakeDiscord.Sent first = trivia(ada, Map.of(TriviaCommand.QUESTIONS, 3L)).reply();
        long firstId = roundIdOf(first);
        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)), any());
        TestClock.NOW.advance(config.pauseBetweenRounds());
        // The second question is opened, and the process dies before it is posted
        diesBeforeTellingTheAdapters().playDue();
        reset(channelMessages);
        stubMessages();

        startUp.onStart(null);

        ArgumentCaptor<DiscordReply> posted = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)),
                posted.capture());
        FakeDiscord.Sent second = sent(posted.getValue());
        assertEquals("Trivia · question 2 of 3", second.embed().path("title").asText());
        assertTrue(roundIdOf(second) != firstId);
        // Restarted again only once the worker that posted it has recorded the post, as a real restart would be
        postOf(roundIdOf(second));
        reset(channelMessages);
        stubMessages();
        startUp.onStart(null);
        verify(channelMessages, after(500).never()).send(eq(api), eq(String.valueOf(discord.channelId)), any());
    }

    @Test
    void aGameAskedForMoreQuestionsThanMatchHasAsManyAsMatchSaysSoAndAsksEachOnce() {
        String category = "lore-" + System.nanoTime();
        String questions = "/api/guilds/" + discord.serverId + "/questions";
        for (String id : new String[]{category + "-a", category + "-b"}) {
            given().header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON)
                    .body(Questions.json(id, category, "Who stepped away, " + id + "?")).post(questions).then()
                    .statusCode(201);
        }

        FakeDiscord.Sent first = trivia(ada, Map.of(TriviaCommand.QUESTIONS, 5L, TriviaCommand.CATEGORY, category))
                .reply();

        assertFalse(first.ephemeral());
        assertEquals("Only 2 questions match, so this game has 2, not 5.", first.content());
        assertEquals("Trivia · question 1 of 2", first.embed().path("title").asText());
        FakeDiscord.Sent second = revealAndWaitThePause(roundIdOf(first));
        assertEquals("Trivia · question 2 of 2", second.embed().path("title").asText());
        assertNotEquals(first.embed().path("description").asText(), second.embed().path("description").asText(),
                "no question twice in a game");
        FakeDiscord.Sent standings = revealAndWaitThePause(roundIdOf(second));
        assertEquals(RoundMessages.STANDINGS_TITLE, standings.embed().path("title").asText());
    }

    @Test
    void aGameOfTheWeeksNewsAsksOnlyQuestionsFromArticlesOfTheLastSevenDaysRoundAfterRound() {
        List<String> thisWeek = List.of(questionFromNewsOf(LocalDate.of(2026, 11, 22), "Oak Foods", "$700 million"),
                questionFromNewsOf(LocalDate.of(2026, 11, 18), "Elm Motors", "$1.9 billion"));
        String older = questionFromNewsOf(LocalDate.of(2026, 11, 2), "Pine Air", "$5.5 billion");

        FakeDiscord.Sent first = trivia(ada, Map.of(TriviaCommand.NEWS, "week", TriviaCommand.QUESTIONS, 3L))
                .reply();

        assertFalse(first.ephemeral(), first.content());
        assertEquals("Only 2 questions match, so this game has 2, not 3.", first.content());
        assertEquals("Trivia · question 1 of 2", first.embed().path("title").asText());
        FakeDiscord.Sent second = revealAndWaitThePause(roundIdOf(first));
        assertEquals("Trivia · question 2 of 2", second.embed().path("title").asText());
        assertEquals(Set.copyOf(thisWeek), Set.of(promptOf(first), promptOf(second)), "never " + older);
        FakeDiscord.Sent standings = revealAndWaitThePause(roundIdOf(second));
        assertEquals(RoundMessages.STANDINGS_TITLE, standings.embed().path("title").asText());
    }

    /** The question's prompt, as the embed shows it in bold at the start of its description. */
    private static String promptOf(FakeDiscord.Sent question) {
        return question.embed().path("description").asText().replaceAll("(?s)^\\*\\*(.*?)\\*\\*.*", "$1");
    }

    /** A question of the server's own citing an article published on {@code published}; returns its prompt. */
    private String questionFromNewsOf(LocalDate published, String company, String price) {
        String id = "news-" + FakeDiscord.snowflake();
        String sentence = company + " agreed to buy its rival for " + price + " on Monday.";
        QuarkusTransaction.requiringNew().run(() -> Article.save(new BankArticle(id, company + " buys its rival",
                "Daily Ledger", published, List.of(), sentence + "\nThe deal closes next year.")));
        String prompt = "For how much did " + company + " agree to buy its rival?";
        serverQuestions.add(discord.server.getIdAsString(), BankQuestion.of(null, "business", "easy", prompt, price,
                List.of("$1.1 billion", "$3.8 billion", "$950 million"), "The price of the deal.",
                List.of(new BankSource(id, null, sentence, 0))), Actor.API);
        return prompt;
    }

    @Test
    void aGameWhoseQuestionsAreRetiredMidGameEndsWithTheStandingsOfTheQuestionsPlayed() {
        // The server's own category of two questions, both retired by a moderator while question 1 is open
        String category = "lore-" + System.nanoTime();
        String questions = "/api/guilds/" + discord.serverId + "/questions";
        for (String id : new String[]{category + "-a", category + "-b"}) {
            given().header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON)
                    .body(Questions.json(id, category, "Who stepped away, " + id + "?")).post(questions).then()
                    .statusCode(201);
        }
        FakeDiscord.Sent first = trivia(ada, Map.of(TriviaCommand.QUESTIONS, 2L, TriviaCommand.CATEGORY, category))
                .reply();
        assertEquals("Trivia · question 1 of 2", first.embed().path("title").asText());
        for (String id : new String[]{category + "-a", category + "-b"}) {
            given().header("Authorization", "Bearer test-admin-token").delete(questions + "/" + id).then()
                    .statusCode(200);
        }

        FakeDiscord.Sent standings = revealAndWaitThePause(roundIdOf(first));

        assertEquals(RoundMessages.STANDINGS_TITLE, standings.embed().path("title").asText());
        assertTrue(standings.embed().path("description").asText().startsWith("Nobody answered.\n\n1 of 2"
                + " questions."), standings.embed().toString());
    }

    @Test
    void finalStandingsACrashKeptFromBeingPostedArePostedAtTheRestartAndOnlyOnce() throws InterruptedException {
        trivia(ada, Map.of(TriviaCommand.QUESTIONS, 2L)).reply();
        stop(ada);
        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)), any());
        TestClock.NOW.advance(config.pauseBetweenRounds());
        // The game's end is committed, and the process dies before the standings are posted
        diesBeforeTellingTheAdapters().playDue();
        reset(channelMessages);
        stubMessages();

        startUp.onStart(null);

        ArgumentCaptor<DiscordReply> posted = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)),
                posted.capture());
        FakeDiscord.Sent standings = sent(posted.getValue());
        assertEquals(RoundMessages.STANDINGS_TITLE, standings.embed().path("title").asText());
        assertTrue(standings.embed().path("description").asText().contains("1 of 2 questions; stopped by Ada."),
                standings.embed().toString());
        // Restarted again once the worker has recorded the standings shown, as a real restart would be
        awaitStandingsShown();
        reset(channelMessages);
        stubMessages();
        startUp.onStart(null);
        verify(channelMessages, after(500).never()).send(eq(api), eq(String.valueOf(discord.channelId)), any());
    }

    private void awaitStandingsShown() throws InterruptedException {
        String channel = String.valueOf(discord.channelId);
        for (int i = 0; i < 100; i++) {
            if (QuarkusTransaction.requiringNew().call(() -> Game.count("channelId = ?1 and standingsShownAt"
                    + " is not null", channel)) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the standings were not recorded as shown");
    }

    @Test
    void triviaInAChannelWithAGameLinksToItAndOutOfRangeQuestionsAreRefusedPrivately() {
        FakeDiscord.Exchange<SlashCommandInteraction> game = trivia(ada, Map.of(TriviaCommand.QUESTIONS, 3L));

        FakeDiscord.Sent again = trivia(bob, Map.of()).reply();

        assertTrue(again.ephemeral());
        assertEquals("[A game](https://discord.com/channels/" + discord.serverId + "/" + discord.channelId + "/"
                + game.postedId + ") is running in this channel (question 1 of 3, started by Ada). Play along, or"
                + " wait for its final standings.", again.content());

        FakeDiscord other = new FakeDiscord();
        for (long questions : new long[]{0, 21}) {
            FakeDiscord.Sent refused = other.command(TriviaCommand.NAME, other.member("Cy"),
                    Map.of(TriviaCommand.QUESTIONS, questions)).through(router).reply();
            assertTrue(refused.ephemeral());
            assertEquals("questions must be a whole number from 1 to 20, not '" + questions + "'.",
                    refused.content());
        }
        FakeDiscord.Sent stillFree = other.command(TriviaCommand.NAME, other.member("Cy"), Map.of()).through(router)
                .reply();
        assertFalse(stillFree.ephemeral(), "nothing was started in that channel");
        assertEquals("Trivia", stillFree.embed().path("title").asText());
    }

    @Test
    void aGameWhoseCategoryMatchesNothingIsAnsweredPrivatelyAsARoundIs() {
        FakeDiscord.Sent reply = trivia(ada, Map.of(TriviaCommand.QUESTIONS, 3L, TriviaCommand.CATEGORY, "nope"))
                .reply();

        assertTrue(reply.ephemeral());
        assertEquals("No question matches category 'nope'. Categories: cast, franchise, production, release,"
                + " story.", reply.content());
        FakeDiscord.Sent free = trivia(bob, Map.of()).reply();
        assertFalse(free.ephemeral(), "no game was left running in the channel");
        assertEquals("Trivia", free.embed().path("title").asText());
    }

    @Test
    void onlyTheStarterOrAModeratorStopsTheGameAndItEndsAfterTheCurrentQuestion() {
        long firstId = roundIdOf(trivia(ada, Map.of(TriviaCommand.QUESTIONS, 5L)).reply());

        FakeDiscord.Sent refused = stop(bob);
        assertTrue(refused.ephemeral());
        assertEquals("Only Ada, who started this game, or a moderator (Manage Server or this server's Footnote"
                + " moderator role) can stop it. Nothing was changed.", refused.content());

        User manager = discord.member("Manager");
        when(discord.server.hasAnyPermission(manager, PermissionType.MANAGE_SERVER, PermissionType.ADMINISTRATOR))
                .thenReturn(true);
        FakeDiscord.Sent stopped = stop(manager);
        assertFalse(stopped.ephemeral(), "the channel is told");
        assertEquals("Manager stopped the game: it ends after question 1 of 5, with the final standings.",
                stopped.embed().path("description").asText());
        // Told in public, so it may ping nobody: neither the one who stopped it nor anyone a name spells.
        assertNothingCanPing(stopped);
        FakeDiscord.Sent again = stop(ada);
        assertTrue(again.ephemeral(), "the channel was told once");
        assertEquals("Manager already stopped the game: it ends after question 1 of 5, with the final standings.",
                again.content());

        FakeDiscord.Sent standings = revealAndWaitThePause(firstId);
        assertEquals(RoundMessages.STANDINGS_TITLE, standings.embed().path("title").asText());
        assertTrue(standings.embed().path("description").asText().contains("1 of 5 questions; stopped by Manager."),
                standings.embed().toString());
        assertNothingCanPing(standings);

        FakeDiscord.Sent none = stop(ada);
        assertTrue(none.ephemeral());
        assertEquals("No game is running in this channel; /trivia questions: starts one.", none.content());
        assertEquals(Optional.of(false), discord.command(TriviaCommand.NAME, ada, Map.of()).through(router)
                .deferral());
    }
}
