package app.footnote.chat.discord.round;

import static app.footnote.chat.discord.round.DiscordRoundTest.assertNothingCanPing;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.chat.discord.InteractionRouter;
import app.footnote.game.GameConfig;
import app.footnote.game.NextGameRound;
import app.footnote.game.RevealRound;
import app.footnote.testing.Questions;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Typed play on Discord: {@code /trivia mode:typed}, its one Answer button, the form, the private "Locked in", the
 * refusals, the reveal with the accepted answers, and a game played typed, as Discord delivers each interaction.
 */
@QuarkusTest
class DiscordTypedAnswerTest {

    /** The test profile's FOOTNOTE_ADMIN_TOKEN (application.properties). */
    private static final String TOKEN = "test-admin-token";

    @Inject
    InteractionRouter router;
    @Inject
    RevealRound revealRound;
    @Inject
    NextGameRound nextGameRound;
    @Inject
    DiscordConnection connection;
    @Inject
    GameConfig config;
    @InjectMock
    ChannelMessages channelMessages;

    private final FakeDiscord discord = new FakeDiscord();
    private final DiscordApi api = mock(DiscordApi.class);
    private final User ada = discord.member("Ada");
    private final User bob = discord.member("Bob");
    private final Message posted = mock(Message.class);
    private final String category = "typed" + System.nanoTime() % 100_000;

    @BeforeEach
    void connectWithTwoQuestionsOfTheServersOwn() {
        TestClock.NOW.set(Instant.parse("2026-11-25T10:00:00Z"));
        connection.connected(1, Map.of(0, api));
        stubMessages();
        // Both are answered "Michael Chabon", accepting "Chabon"; the wrong choices are the traps.
        for (String prompt : List.of("Who stepped away as showrunner?", "Who left to adapt his own novel?")) {
            Map<String, Object> question = new HashMap<>(Questions.json("q" + System.nanoTime(), category, prompt));
            question.put("accept", List.of("Chabon"));
            given().header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON).body(question)
                    .post("/api/guilds/" + discord.server.getIdAsString() + "/questions").then().statusCode(201);
        }
    }

    private void stubMessages() {
        when(posted.getIdAsString()).thenReturn("4343");
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(posted));
        when(channelMessages.edit(any(), any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @AfterEach
    void disconnect() {
        connection.connected(1, Map.of());
    }

    private FakeDiscord.Exchange<SlashCommandInteraction> trivia(Map<String, Object> options) {
        Map<String, Object> all = new HashMap<>(options);
        all.put(TriviaCommand.CATEGORY, category);
        return discord.command(TriviaCommand.NAME, ada, all).through(router);
    }

    private static long roundIdOf(FakeDiscord.Sent question) {
        return Long.parseLong(question.buttons().get(0).getCustomId().orElseThrow().split(":")[1]);
    }

    private static FakeDiscord.Sent sent(DiscordReply reply) {
        return FakeDiscord.Sent.of(reply.applyTo(FakeDiscord.builder(InteractionOriginalResponseUpdater.class)));
    }

    /** Clicks the Answer button, checks the form it opens, and submits {@code typed} in it. */
    private FakeDiscord.Sent type(long roundId, User player, String typed) {
        FakeDiscord.Exchange<?> click = discord.click(TypedAnswerButton.customId(roundId), player).through(router);
        FakeDiscord.Modal form = click.modal().orElseThrow(() -> new AssertionError("no form: "
                + click.reply().content()));
        assertEquals(TypedAnswerButton.formId(roundId), form.customId());
        assertEquals(List.of(TypedAnswerButton.ANSWER), List.copyOf(form.values().keySet()), "one text field");
        return discord.submit(form.customId(), player, Map.of(TypedAnswerButton.ANSWER, typed)).through(router)
                .reply();
    }

    @Test
    void aTypedRoundShowsNoChoicesAndOneAnswerButtonWhoseFormLocksInWhatWasTypedLiterallyAndOnce() {
        FakeDiscord.Sent question = trivia(Map.of(TriviaCommand.MODE, "typed")).reply();

        assertFalse(question.ephemeral());
        String description = question.embed().path("description").asText();
        assertFalse(description.contains("\nA. ") || description.contains("Kurtzman"), description);
        assertEquals(1, question.buttons().size());
        Button answer = question.buttons().get(0);
        long roundId = roundIdOf(question);
        assertEquals(TypedAnswerButton.customId(roundId), answer.getCustomId().orElseThrow());
        assertEquals("Answer", answer.getLabel().orElseThrow());
        assertFalse(answer.isDisabled().orElse(false));

        FakeDiscord.Sent locked = type(roundId, bob, "  **Chabon** @everyone <@&123> ");

        assertTrue(locked.ephemeral());
        assertEquals("Locked in: \\*\\*Chabon\\*\\* @\u200Beveryone \\<@\u200B&123\\>. The answer is revealed when the"
                + " round closes.", locked.content());
        assertNothingCanPing(locked);
        FakeDiscord.Sent again = type(roundId, bob, "Michael Chabon");
        assertTrue(again.ephemeral());
        assertEquals("You answered already: \\*\\*Chabon\\*\\* @\u200Beveryone \\<@\u200B&123\\>. Your first answer"
                + " stands.", again.content());
        assertNothingCanPing(again);
        assertEquals(List.of("**Chabon** @everyone <@&123>"), Rounds.typedAnswers(roundId),
                "stored once, as typed");
    }

    @Test
    void aBlankOrOverlongAnswerIsRefusedPrivatelyAndNothingIsStoredAndAClosedRoundTakesNone() {
        long roundId = roundIdOf(trivia(Map.of(TriviaCommand.MODE, "typed")).reply());

        FakeDiscord.Sent blank = type(roundId, bob, "   ");
        FakeDiscord.Sent overlong = type(roundId, bob, "Chabon ".repeat(572).substring(0, 4_000));

        assertTrue(blank.ephemeral() && overlong.ephemeral());
        assertEquals("Your answer is empty: type the answer. Nothing was recorded.", blank.content());
        assertEquals("Your answer must be at most 200 characters, not 4000. Nothing was recorded.",
                overlong.content());
        assertEquals(List.of(), Rounds.typedAnswers(roundId));

        TestClock.NOW.advance(Duration.ofSeconds(30));
        FakeDiscord.Exchange<?> late = discord.click(TypedAnswerButton.customId(roundId), bob).through(router);
        assertTrue(late.modal().isEmpty(), "no form for a closed round");
        assertEquals("This round is closed; answers are no longer taken.", late.reply().content());
        FakeDiscord.Sent lateForm = discord.submit(TypedAnswerButton.formId(roundId), bob,
                Map.of(TypedAnswerButton.ANSWER, "Chabon")).through(router).reply();
        assertEquals("This round is closed; answers are no longer taken.", lateForm.content());
        assertEquals(List.of(), Rounds.typedAnswers(roundId));
    }

    @Test
    void anUnknownModeIsRefusedNamingTheOptionAndNoRoundStarts() {
        FakeDiscord.Sent refused = trivia(Map.of(TriviaCommand.MODE, "spoken")).reply();

        assertTrue(refused.ephemeral());
        assertEquals("mode must be buttons or typed, not 'spoken'.", refused.content());
        FakeDiscord.Sent question = trivia(Map.of(TriviaCommand.MODE, "typed")).reply();
        assertFalse(question.ephemeral(), "the channel had no round open: " + question.content());
    }

    @Test
    void theRevealShowsTheAnswerWhatWasAlsoAcceptedAndWhoGotItAndTheFormButtonGoesOff() {
        FakeDiscord.Exchange<SlashCommandInteraction> start = trivia(Map.of(TriviaCommand.MODE, "typed"));
        long roundId = roundIdOf(start.reply());
        TestClock.NOW.advance(Duration.ofSeconds(3));
        type(roundId, ada, "chabon");
        type(roundId, bob, "Terry Matalas");
        reset(channelMessages);
        stubMessages();

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();

        ArgumentCaptor<DiscordReply> closed = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).edit(eq(api), eq(String.valueOf(discord.channelId)),
                eq(String.valueOf(start.postedId)), closed.capture());
        List<Button> off = sent(closed.getValue()).buttons();
        assertEquals(1, off.size());
        assertTrue(off.get(0).isDisabled().orElse(false));
        ArgumentCaptor<DiscordReply> reveal = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)),
                reveal.capture());
        FakeDiscord.Sent shown = sent(reveal.getValue());
        assertEquals("Answer: Michael Chabon", shown.embed().path("title").asText());
        assertEquals("Chabon", shown.field(RoundMessages.ALSO_ACCEPTED));
        String whoGotIt = shown.field(RoundMessages.WHO_GOT_IT);
        assertTrue(whoGotIt.startsWith("1 of 2 got it right (50%).\n1. **Ada** · 3.0 s · +"), whoGotIt);
        assertNothingCanPing(shown);
    }

    @Test
    void aGameCanBePlayedTypedAndItsNextQuestionIsTypedToo() {
        FakeDiscord.Sent first = trivia(Map.of(TriviaCommand.MODE, "typed", TriviaCommand.QUESTIONS, 2L)).reply();
        assertEquals("Trivia · question 1 of 2", first.embed().path("title").asText());
        long firstId = roundIdOf(first);
        assertEquals(List.of(TypedAnswerButton.customId(firstId)), first.buttons().stream()
                .map(b -> b.getCustomId().orElseThrow()).toList());
        type(firstId, bob, Rounds.askedAnswer(firstId));

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)), any());
        reset(channelMessages);
        stubMessages();
        TestClock.NOW.advance(config.pauseBetweenRounds());
        nextGameRound.playDue();

        ArgumentCaptor<DiscordReply> next = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)), next.capture());
        FakeDiscord.Sent second = sent(next.getValue());
        assertEquals("Trivia · question 2 of 2", second.embed().path("title").asText());
        long secondId = roundIdOf(second);
        assertEquals(List.of(TypedAnswerButton.customId(secondId)), second.buttons().stream()
                .map(b -> b.getCustomId().orElseThrow()).toList());
        assertTrue(type(secondId, ada, "Chabon").content().startsWith("Locked in: Chabon."));
        assertEquals(Optional.of("Chabon"), Rounds.typedAnswers(secondId).stream().findFirst());
    }
}
