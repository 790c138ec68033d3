package app.footnote.chat.discord.round;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.ButtonStyle;
import org.javacord.api.entity.user.User;
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
import app.footnote.game.RevealRound;
import app.footnote.testing.Questions;
import app.footnote.testing.TestClock;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The Source button under a reveal: the quote in its sentence, between its neighbours, for the clicker alone. */
@QuarkusTest
class DiscordSourceTest {

    /** The test profile's FOOTNOTE_ADMIN_TOKEN (application.properties). */
    private static final String TOKEN = "test-admin-token";
    private static final String SENTENCE_BEFORE = "The site's sources are further claiming production on season 2"
            + " could get underway as soon as next spring.";
    private static final String PROMPT = "Who is stepping away as showrunner on season 2?";

    @Inject
    InteractionRouter router;
    @Inject
    RevealRound revealRound;
    @Inject
    DiscordConnection connection;
    @InjectMock
    ChannelMessages channelMessages;

    private final FakeDiscord discord = new FakeDiscord();
    private final DiscordApi api = mock(DiscordApi.class);
    private final User ada = discord.member("Ada");
    private final String category = "sources" + System.nanoTime() % 100_000;

    @BeforeEach
    void connect() {
        TestClock.NOW.set(Instant.parse("2026-11-23T10:00:00Z"));
        connection.connected(1, Map.of(0, api));
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
        when(channelMessages.edit(any(), any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
        given().header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON)
                .body(Questions.json("chabon-leaves", category, PROMPT))
                .post("/api/guilds/" + discord.serverId + "/questions").then().statusCode(201);
    }

    @AfterEach
    void disconnect() {
        connection.connected(1, Map.of());
    }

    /** Plays one round of the server's own question to its reveal, and returns the reveal as posted. */
    private FakeDiscord.Sent revealedRound() {
        discord.command(TriviaCommand.NAME, ada, Map.of(TriviaCommand.CATEGORY, category)).through(router);
        TestClock.NOW.advance(Duration.ofSeconds(31));
        revealRound.revealDue();
        ArgumentCaptor<DiscordReply> reveal = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)),
                reveal.capture());
        return FakeDiscord.Sent.of(reveal.getValue().applyTo(FakeDiscord.builder(
                InteractionOriginalResponseUpdater.class)));
    }

    private static String sourceButtonOf(FakeDiscord.Sent reveal) {
        return reveal.buttons().stream().filter(b -> b.getLabel().orElse("").equals("Source")).findFirst()
                .flatMap(Button::getCustomId).orElseThrow(() -> new AssertionError("no Source button: "
                        + reveal.buttons()));
    }

    @Test
    void sourceShowsTheQuotedSentenceBetweenItsNeighboursWithTheArticleItIsFrom() {
        FakeDiscord.Sent reveal = revealedRound();
        assertEquals(List.of("Source", "Report"), reveal.buttons().stream().map(b -> b.getLabel().orElseThrow())
                .toList());
        String source = sourceButtonOf(reveal);

        FakeDiscord.Exchange<?> click = discord.click(source, discord.member("Bob")).through(router);

        FakeDiscord.Sent shown = click.reply();
        assertTrue(shown.ephemeral(), "for the clicker alone");
        DiscordRoundTest.assertNothingCanPing(shown);
        assertEquals("**" + PROMPT + "**\nAnswer: " + Questions.ANSWER, shown.embed().path("description").asText());
        String passage = shown.field(RoundMessages.FOOTNOTE);
        assertTrue(passage.startsWith("— *"), passage);
        assertTrue(passage.contains("\n> " + SENTENCE_BEFORE + " **However, Michael Chabon will"
                + " be stepping away as showrunner on season 2 to work on the limited series"), passage);
        assertTrue(passage.contains("** As mentioned, Picard finds its namesake living in retirement"), passage);
    }

    @Test
    void aRoundOfAQuestionEditedSinceShowsWhatTheRoundAsked() {
        String source = sourceButtonOf(revealedRound());
        Map<String, Object> edited = new java.util.HashMap<>(Questions.json("chabon-leaves", category,
                "Which writer left the show after season 1?"));
        edited.remove("id");
        given().header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON).body(edited)
                .put("/api/guilds/" + discord.serverId + "/questions/chabon-leaves").then().statusCode(200);

        FakeDiscord.Sent shown = discord.click(source, ada).through(router).reply();

        assertTrue(shown.ephemeral());
        assertEquals("**" + PROMPT + "**\nAnswer: " + Questions.ANSWER + "\n\n*" + RoundMessages.EDITED_SINCE + "*",
                shown.embed().path("description").asText());
        assertTrue(shown.field(RoundMessages.FOOTNOTE).contains("**However, Michael Chabon will be stepping away"));
    }

    @Test
    void aQuestionEditedWhileItsRoundIsOpenIsClosedAndRevealedAsTheRoundAskedIt() {
        Map<String, Object> asked = new java.util.HashMap<>(Questions.json("chabon-leaves", category, PROMPT));
        asked.remove("id");
        asked.put("wrong", List.of("Alex Kurtzman", "Akiva Goldsman", "Terry Matalas", "Patrick Stewart"));
        given().header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON).body(asked)
                .put("/api/guilds/" + discord.serverId + "/questions/chabon-leaves").then().statusCode(200);
        FakeDiscord.Exchange<?> start = discord.command(TriviaCommand.NAME, ada, Map.of(TriviaCommand.CATEGORY,
                category)).through(router);
        // While the round is open: one wrong choice fewer, another explanation.
        Map<String, Object> edited = new java.util.HashMap<>(asked);
        edited.put("wrong", List.of("Alex Kurtzman", "Akiva Goldsman", "Terry Matalas"));
        edited.put("explanation", "Edited after the round was asked.");
        given().header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON).body(edited)
                .put("/api/guilds/" + discord.serverId + "/questions/chabon-leaves").then().statusCode(200);
        TestClock.NOW.advance(Duration.ofSeconds(31));

        revealRound.revealDue();

        ArgumentCaptor<DiscordReply> closed = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).edit(eq(api), eq(String.valueOf(discord.channelId)),
                eq(String.valueOf(start.postedId)), closed.capture());
        List<Button> buttons = FakeDiscord.Sent.of(closed.getValue().applyTo(FakeDiscord.builder(
                InteractionOriginalResponseUpdater.class))).buttons();
        assertTrue(buttons.stream().anyMatch(b -> b.getLabel().orElseThrow().endsWith(". Patrick Stewart")),
                "the five choices the round asked: " + buttons);
        List<String> green = buttons.stream().filter(b -> b.getStyle() == ButtonStyle.SUCCESS)
                .map(b -> b.getLabel().orElseThrow()).toList();
        assertEquals(1, green.size());
        assertTrue(green.get(0).endsWith(". " + Questions.ANSWER), green.toString());
        ArgumentCaptor<DiscordReply> reveal = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)),
                reveal.capture());
        FakeDiscord.Sent revealed = FakeDiscord.Sent.of(reveal.getValue().applyTo(FakeDiscord.builder(
                InteractionOriginalResponseUpdater.class)));
        assertEquals("Answer: " + green.get(0), revealed.embed().path("title").asText());
        assertEquals("**" + PROMPT + "**\n\nHe left to adapt his own novel.", revealed.embed().path("description")
                .asText());
    }

    @Test
    void aSourceButtonOfAnotherServersRoundOrOfARoundStillOpenShowsNothing() {
        String source = sourceButtonOf(revealedRound());
        FakeDiscord elsewhere = new FakeDiscord();
        assertEquals(SourceButton.NO_ROUND, elsewhere.click(source, elsewhere.member("Eve")).through(router).reply()
                .content());

        FakeDiscord.Sent open = discord.command(TriviaCommand.NAME, ada, Map.of()).through(router).reply();
        String openRound = open.buttons().get(0).getCustomId().orElseThrow().split(":")[1];
        FakeDiscord.Sent early = discord.click(SourceButton.customId(Long.parseLong(openRound)), ada).through(router)
                .reply();
        assertTrue(early.ephemeral());
        assertEquals(SourceButton.NOT_YET, early.content());
        assertEquals(SourceButton.NO_ROUND, discord.click("source:x'; drop table round", ada).through(router)
                .reply().content());
    }
}
