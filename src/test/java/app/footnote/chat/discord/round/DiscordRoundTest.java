package app.footnote.chat.discord.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.message.component.ButtonStyle;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.chat.discord.InteractionRouter;
import app.footnote.chat.discord.Responses;
import app.footnote.game.RevealRound;
import app.footnote.testing.LogCapture;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;

/** A round played on Discord: /trivia, button clicks, and the reveal, through the listener entry points. */
@QuarkusTest
public class DiscordRoundTest {

    @Inject
    InteractionRouter router;
    @Inject
    RevealRound revealRound;
    @Inject
    DiscordConnection connection;
    @Inject
    RoundPosts roundPosts;
    @InjectMock
    ChannelMessages channelMessages;

    private final FakeDiscord discord = new FakeDiscord();
    private final DiscordApi api = mock(DiscordApi.class);
    private final User ada = discord.member("Ada");
    private final User bob = discord.member("Bob");

    @BeforeEach
    void connect() {
        TestClock.NOW.set(Instant.parse("2026-11-23T10:00:00Z"));
        connection.connected(1, Map.of(0, api));
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
        when(channelMessages.edit(any(), any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @AfterEach
    void disconnect() throws Exception {
        connection.connected(1, Map.of());
    }

    private FakeDiscord.Exchange<SlashCommandInteraction> trivia(Map<String, Object> options) {
        return discord.command(TriviaCommand.NAME, ada, options).through(router);
    }

    private long roundIdOf(FakeDiscord.Sent question) {
        String customId = question.buttons().get(0).getCustomId().orElseThrow();
        return Long.parseLong(customId.split(":")[1]);
    }

    @Test
    void triviaPostsTheQuestionWithOneButtonPerChoiceAndACountdown() {
        FakeDiscord.Exchange<SlashCommandInteraction> exchange = trivia(Map.of(TriviaCommand.CATEGORY, "cast",
                TriviaCommand.DIFFICULTY, "easy"));

        assertEquals(Optional.of(false), exchange.deferral(), "deferred publicly, at once");
        FakeDiscord.Sent question = exchange.reply();
        assertFalse(question.ephemeral());
        assertEquals("cast", question.field(RoundMessages.CATEGORY));
        assertEquals("easy", question.field(RoundMessages.DIFFICULTY));
        assertEquals("<t:" + Instant.parse("2026-11-23T10:00:30Z").getEpochSecond() + ":R>",
                question.field(RoundMessages.CLOSES));
        long roundId = roundIdOf(question);
        assertEquals(List.of("answer:" + roundId + ":A", "answer:" + roundId + ":B", "answer:" + roundId + ":C",
                "answer:" + roundId + ":D"),
                question.buttons().stream().map(b -> b.getCustomId().orElseThrow())
                        .toList());
        assertEquals(List.of(4), question.rowSizes());
        assertTrue(question.buttons().stream().allMatch(b -> b.getLabel().orElseThrow().length() <= 80));
        assertTrue(question.embed().path("description").asText().contains("\nA. "));
        assertNothingCanPing(question);
        assertEquals(String.valueOf(exchange.postedId), roundPosts.find(roundId).orElseThrow().messageId);
    }

    @Test
    void aClickLocksInTheAnswerPrivatelyAndASecondClickKeepsTheFirst() {
        long roundId = roundIdOf(trivia(Map.of()).reply());
        String right = Rounds.rightLabel(roundId);

        FakeDiscord.Exchange<?> click = discord.click(AnswerButton.customId(roundId, right), bob).through(router);

        assertEquals(Optional.of(true), click.deferral(), "deferred privately, at once");
        FakeDiscord.Sent locked = click.reply();
        assertTrue(locked.ephemeral());
        assertEquals("Locked in: " + right + ". The answer is revealed when the round closes.", locked.content());
        assertNothingCanPing(locked);

        String other = Rounds.wrongLabel(roundId);
        FakeDiscord.Sent again = discord.click(AnswerButton.customId(roundId, other), bob).through(router).reply();
        assertTrue(again.ephemeral());
        assertEquals("You already answered " + right + " in this round; your first answer stands.", again.content());
    }

    @Test
    void atTheCloseTheButtonsAreSwitchedOffAndTheRevealIsPostedWithWhoGotItAndTheFootnote() {
        FakeDiscord.Exchange<SlashCommandInteraction> start = trivia(Map.of());
        long roundId = roundIdOf(start.reply());
        String right = Rounds.rightLabel(roundId);
        User mallory = discord.member("*Mallory* @everyone");
        TestClock.NOW.advance(Duration.ofSeconds(3));
        discord.click(AnswerButton.customId(roundId, right), mallory).through(router);
        discord.click(AnswerButton.customId(roundId, Rounds.wrongLabel(roundId)), bob).through(router);

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();

        ArgumentCaptor<DiscordReply> closed = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).edit(eq(api), eq(String.valueOf(discord.channelId)),
                eq(String.valueOf(start.postedId)), closed.capture());
        FakeDiscord.Sent closedMessage = FakeDiscord.Sent.of(closed.getValue().applyTo(FakeDiscord
                .builder(org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater.class)));
        assertTrue(closedMessage.buttons().stream().allMatch(b -> b.isDisabled().orElse(false)));
        assertEquals(List.of(right), closedMessage.buttons().stream().filter(b -> b.getStyle() == ButtonStyle.SUCCESS)
                .map(b -> b.getCustomId().orElseThrow().substring(b.getCustomId().get().length() - 1)).toList());

        ArgumentCaptor<DiscordReply> reveal = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)),
                reveal.capture());
        FakeDiscord.Sent revealMessage = FakeDiscord.Sent.of(reveal.getValue().applyTo(FakeDiscord
                .builder(org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater.class)));
        assertTrue(revealMessage.embed().path("title").asText().startsWith("Answer: " + right + ". "));
        String whoGotIt = revealMessage.field(RoundMessages.WHO_GOT_IT);
        assertTrue(whoGotIt.startsWith("1 of 2 got it right (50%)."), whoGotIt);
        assertTrue(whoGotIt.contains("1. **\\*Mallory\\* @\u200Beveryone** · 3.0 s"), whoGotIt);
        String footnote = revealMessage.field(RoundMessages.FOOTNOTE);
        assertTrue(footnote.startsWith("— *") && footnote.contains("\n> "), footnote);
        assertNothingCanPing(revealMessage);
    }

    @Test
    void asecondTriviaInTheSameChannelPointsPrivatelyToTheOpenRound() {
        FakeDiscord.Exchange<SlashCommandInteraction> first = trivia(Map.of());
        long roundId = roundIdOf(first.reply());

        FakeDiscord.Exchange<SlashCommandInteraction> second = trivia(Map.of());

        assertTrue(second.placeholderDeleted(), "the public 'thinking' placeholder is removed");
        FakeDiscord.Sent reply = second.reply();
        assertTrue(reply.ephemeral());
        assertTrue(reply.content().startsWith("[A round](https://discord.com/channels/" + discord.serverId + "/"
                + discord.channelId + "/" + first.postedId + ") is already open in this channel"), reply.content());
        assertEquals(1, roundPosts.find(roundId).stream().count());
    }

    @Test
    void aCategoryWithNoQuestionsIsAnsweredPrivatelyWithTheCategoriesThereAre() {
        FakeDiscord.Sent reply = trivia(Map.of(TriviaCommand.CATEGORY, "klingon_opera")).reply();

        assertTrue(reply.ephemeral());
        assertEquals("No question matches category 'klingon\\_opera'. Categories: cast, franchise, production,"
                + " release, story.", reply.content());
    }

    @Test
    void categoryAutocompleteOffersTheBanksCategoriesThatContainWhatWasTyped() {
        AutocompleteInteraction interaction = mock(AutocompleteInteraction.class);
        SlashCommandInteractionOption focused = mock(SlashCommandInteractionOption.class);
        when(interaction.getFocusedOption()).thenReturn(focused);
        when(focused.getStringValue()).thenReturn(Optional.of("O"));
        when(focused.getName()).thenReturn("category");
        when(interaction.getServer()).thenReturn(Optional.of(discord.server));
        when(interaction.respondWithChoices(any())).thenReturn(CompletableFuture.completedFuture(null));

        router.onAutocomplete(interaction).join();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<SlashCommandOptionChoice>> choices = ArgumentCaptor.forClass(List.class);
        verify(interaction).respondWithChoices(choices.capture());
        assertEquals(List.of("production", "story"), choices.getValue().stream().map(SlashCommandOptionChoice::getName)
                .toList());
    }

    @Test
    void aFailureGivesThePlayerAPrivateMessageWithAReferenceThatIsInTheLog() {
        FakeDiscord.Exchange<SlashCommandInteraction> exchange = discord.command(TriviaCommand.NAME, ada, Map.of());
        when(exchange.interaction.getChannel()).thenReturn(Optional.empty());

        try (LogCapture log = LogCapture.of(Responses.class)) {
            exchange.through(router);

            FakeDiscord.Sent reply = exchange.reply();
            assertTrue(reply.ephemeral());
            assertTrue(exchange.placeholderDeleted());
            String reference = reply.content().replaceAll("(?s).*reference `([A-Z0-9]+)`.*", "$1");
            assertEquals(7, reference.length(), reply.content());
            assertTrue(log.lines().stream().anyMatch(line -> line.contains("[reference " + reference + "]")),
                    log.lines().toString());
        }
    }

    @Test
    void inADirectMessageTheCommandIsTurnedAwayAtOnceAndPrivately() {
        FakeDiscord.Exchange<SlashCommandInteraction> exchange = discord.command(TriviaCommand.NAME, ada, Map.of());
        when(exchange.interaction.getServer()).thenReturn(Optional.empty());

        exchange.through(router);

        assertEquals(Optional.empty(), exchange.deferral());
        FakeDiscord.Sent reply = exchange.reply();
        assertTrue(reply.ephemeral());
        assertEquals(InteractionRouter.SERVERS_ONLY, reply.content());
        verify(exchange.interaction, never()).respondLater(org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void aButtonFromAnotherServersRoundIsNotAnAnswerHere() {
        long roundId = roundIdOf(trivia(Map.of()).reply());
        FakeDiscord elsewhere = new FakeDiscord();

        FakeDiscord.Sent reply = elsewhere.click(AnswerButton.customId(roundId, "A"), elsewhere.member("Eve"))
                .through(router).reply();

        assertTrue(reply.ephemeral());
        assertEquals("There is no such round.", reply.content());
    }

    public static void assertNothingCanPing(FakeDiscord.Sent sent) {
        assertEquals("{\"parse\":[],\"roles\":[],\"users\":[],\"replied_user\":false}",
                String.valueOf(sent.allowedMentions()));
    }
}
