package app.footnote.chat.discord.round;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.chat.discord.InteractionRouter;
import app.footnote.game.Origin;
import app.footnote.game.RevealRound;
import app.footnote.game.Round;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;
import app.footnote.moderation.QuestionReport;
import app.footnote.testing.Questions;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The Report button under a reveal, its form, the pause at the threshold and the moderators' review, as Discord
 * delivers each click and form.
 */
@QuarkusTest
class DiscordReportTest {

    /** The test profile's FOOTNOTE_ADMIN_TOKEN (application.properties). */
    private static final String TOKEN = "test-admin-token";

    @Inject
    InteractionRouter router;
    @Inject
    StartRound startRound;
    @Inject
    RevealRound revealRound;
    @Inject
    DiscordConnection connection;
    @InjectMock
    ChannelMessages channelMessages;

    private final FakeDiscord discord = new FakeDiscord();
    private final User moderator = discord.member("Number One");
    private final String category = "reports" + System.nanoTime() % 100_000;

    @BeforeEach
    void moderatorsAndAConnection() {
        TestClock.NOW.set(Instant.parse("2026-11-23T10:00:00Z"));
        // This process serves the server's shard, so it reveals its rounds.
        connection.connected(1, Map.of(0, mock(DiscordApi.class)));
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
        when(channelMessages.edit(any(), any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
        when(discord.server.hasAnyPermission(eq(moderator), any(PermissionType[].class))).thenReturn(true);
    }

    @AfterEach
    void disconnect() {
        connection.connected(1, Map.of());
    }

    private String guild() {
        return discord.server.getIdAsString();
    }

    /** A round of this server's own question, played to its reveal; returns the round's id. */
    private long revealedRoundOfOwnQuestion() {
        given().header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON)
                .body(Questions.json("chabon-" + category, category, "Who stepped away as showrunner?"))
                .post("/api/guilds/" + guild() + "/questions").then().statusCode(201);
        return revealed(guild(), category, null);
    }

    private long revealed(String guild, String inCategory, String difficulty) {
        StartOutcome outcome = startRound
                .start(StartRequest.in(Origin.DISCORD, guild, "c" + System.nanoTime()).category(inCategory).difficulty(
                        difficulty == null ? null : app.footnote.bank.Difficulty.fromLabel(difficulty).orElseThrow()));
        long roundId = assertInstanceOf(StartOutcome.Started.class, outcome).round().id();
        TestClock.NOW.advance(Duration.ofSeconds(31));
        revealRound.revealDue();
        return roundId;
    }

    private FakeDiscord.Sent report(long roundId, User player, String reason, String note) {
        FakeDiscord.Exchange<?> click = discord.click(ReportButton.customId(roundId), player).through(router);
        FakeDiscord.Modal form = click.modal().orElseThrow(() -> new AssertionError("no form: "
                + click.reply().content()));
        assertEquals(ReportButton.formId(roundId), form.customId());
        assertEquals(Set.of(ReportButton.REASON, ReportButton.NOTE), form.values().keySet());
        return discord.submit(form.customId(), player, Map.of(ReportButton.REASON, reason, ReportButton.NOTE, note))
                .through(router).reply();
    }

    private static long questionOf(long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> Round.<Round>findById(roundId).question.id);
    }

    private static long reportsOf(long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionReport.count("questionId", questionId));
    }

    @Test
    void aPlayerReportsThroughTheFormOnceAndTheNoteReachesTheModeratorsLiterally() {
        long roundId = revealedRoundOfOwnQuestion();
        User ada = discord.member("Ada");

        FakeDiscord.Sent thanks = report(roundId, ada, "Wrong-Answer", "**Riker** left, ask @everyone <@&123>");

        assertTrue(thanks.ephemeral());
        assertEquals("Thank you: your report of this question reached the moderators.", thanks.content());
        DiscordRoundTest.assertNothingCanPing(thanks);
        FakeDiscord.Exchange<?> again = discord.click(ReportButton.customId(roundId), ada).through(router);
        assertTrue(again.modal().isEmpty(), "no form for a second report");
        assertEquals("You already reported this question; your first report stands.", again.reply().content());
        assertEquals(1, reportsOf(questionOf(roundId)));

        FakeDiscord.Sent review = discord.command("trivia-admin review", moderator, Map.of()).through(router)
                .reply();
        assertTrue(review.ephemeral());
        DiscordRoundTest.assertNothingCanPing(review);
        assertTrue(review.embed().path("title").asText().startsWith("Reported by 1 player"), review.embed()
                .toString());
        assertEquals("**Ada**: \\*\\*Riker\\*\\* left, ask @\u200Beveryone \\<@\u200B&123\\>",
                review.field("Report 1 · wrong answer"));
        assertEquals(List.of("Dismiss", "Retire"), review.buttons().stream().map(b -> b.getLabel().orElseThrow())
                .toList());
    }

    @Test
    void aBadReasonOrATooLongNoteIsExplainedAndNothingIsReported() {
        long roundId = revealedRoundOfOwnQuestion();
        User bob = discord.member("Bob");

        assertEquals("The reason must be wrong answer, ambiguous, outdated, offensive or other, not 'boring\\_'."
                + " Nothing was reported.", report(roundId, bob, "boring_", "").content());
        assertEquals("The note must be at most 1000 characters, not 1001. Nothing was reported.",
                report(roundId, bob, "other", "x".repeat(1_001)).content());
        assertEquals(0, reportsOf(questionOf(roundId)));
        assertEquals("Thank you: your report of this question reached the moderators.",
                report(roundId, bob, "other", "").content(), "the player may still report");
    }

    @Test
    void aQuestionRetiredSinceTheRoundCannotBeReportedEvenFromAFormOpenedBefore() {
        long roundId = revealedRoundOfOwnQuestion();
        User cat = discord.member("Cat");
        FakeDiscord.Modal form = discord.click(ReportButton.customId(roundId), cat).through(router).modal()
                .orElseThrow();
        given().header("Authorization", "Bearer " + TOKEN).delete("/api/guilds/" + guild() + "/questions/chabon-"
                + category).then().statusCode(200);

        String retired = "This question was retired since this round: it is no longer asked, and there is nothing to"
                + " report. Nothing was changed.";
        FakeDiscord.Exchange<?> click = discord.click(ReportButton.customId(roundId), discord.member("Dan"))
                .through(router);
        assertTrue(click.modal().isEmpty());
        assertEquals(retired, click.reply().content());
        assertEquals(retired, discord.submit(form.customId(), cat, Map.of(ReportButton.REASON, "outdated"))
                .through(router).reply().content());
        assertEquals(0, reportsOf(questionOf(roundId)));
    }

    @Test
    void aRoundOfAQuestionEditedSinceCannotBeReportedEvenFromAFormOpenedBefore() {
        long roundId = revealedRoundOfOwnQuestion();
        User cat = discord.member("Cat");
        FakeDiscord.Modal form = discord.click(ReportButton.customId(roundId), cat).through(router).modal()
                .orElseThrow();
        given().header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON)
                .body(Questions.json("chabon-" + category, category, "Who left the show as its showrunner?"))
                .put("/api/guilds/" + guild() + "/questions/chabon-" + category).then().statusCode(200);

        String edited = "This question was edited since this round: it no longer says what you were asked. Report it"
                + " from a round that asks it as it is now. Nothing was reported.";
        FakeDiscord.Exchange<?> click = discord.click(ReportButton.customId(roundId), discord.member("Dan"))
                .through(router);
        assertTrue(click.modal().isEmpty(), "no form for a question edited since");
        assertEquals(edited, click.reply().content());
        assertEquals(edited, discord.submit(form.customId(), cat, Map.of(ReportButton.REASON, "outdated"))
                .through(router).reply().content());
        assertEquals(0, reportsOf(questionOf(roundId)));
    }

    @Test
    void aDismissedReportIsToldAsDecidedAndTheQuestionCanBeReportedFromALaterRound() {
        long first = revealedRoundOfOwnQuestion();
        User ada = discord.member("Ada");
        report(first, ada, "other", "");
        given().header("Authorization", "Bearer " + TOKEN).post("/api/guilds/" + guild() + "/reports/chabon-"
                + category + "/dismiss").then().statusCode(200);

        FakeDiscord.Exchange<?> again = discord.click(ReportButton.customId(first), ada).through(router);
        assertTrue(again.modal().isEmpty());
        assertEquals("Your report from this round was already decided by the moderators. Nothing was reported.",
                again.reply().content());
        long later = revealed(guild(), category, null);
        assertEquals("Thank you: your report of this question reached the moderators.",
                report(later, ada, "wrong answer", "still wrong").content());
        assertEquals(2, reportsOf(questionOf(later)));
    }

    @Test
    void aLongNoteInTheReviewLeavesRoomForTheOtherReports() {
        long roundId = revealedRoundOfOwnQuestion();
        report(roundId, discord.member("Ada"), "other", "x".repeat(1_000));
        report(roundId, discord.member("Bob"), "outdated", "He came back.");

        FakeDiscord.Sent review = discord.command("trivia-admin review", moderator, Map.of()).through(router)
                .reply();

        String first = review.field("Report 1 · other");
        assertTrue(first.startsWith("**Ada**: xxx") && first.endsWith("…") && first.length() < 400, first);
        assertEquals("**Bob**: He came back.", review.field("Report 2 · outdated"));
    }

    @Test
    void anOpenRoundAnUnknownRoundAndAnotherServersRoundCannotBeReported() {
        long revealedHere = revealedRoundOfOwnQuestion();
        long open = assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.DISCORD, guild(), "open" + System.nanoTime()))).round().id();
        User eve = discord.member("Eve");

        assertEquals("A question can be reported once its round is revealed.", discord.click(ReportButton
                .customId(open), eve).through(router).reply().content());
        assertEquals("There is no such round.", discord.click(ReportButton.customId(999_999_999), eve)
                .through(router).reply().content());
        FakeDiscord elsewhere = new FakeDiscord();
        assertEquals("There is no such round.", elsewhere.click(ReportButton.customId(revealedHere),
                elsewhere.member("Mallory")).through(router).reply().content());
        assertEquals("There is no such round.", discord.submit("report-form:x", eve, Map.of(ReportButton.REASON,
                "other")).through(router).reply().content());
    }

    @Test
    void threePlayersReportsPauseASharedQuestionOnTheirServerOnlyUntilAModeratorDismissesThem() {
        // GIVEN a shared question (franchise, hard: two in the bank) reported by three players of this server
        long reportedRound = revealed(guild(), "franchise", "hard");
        long question = questionOf(reportedRound);
        String last = null;
        for (String name : List.of("Ada", "Bob", "Cat")) {
            last = report(reportedRound, discord.member(name), "ambiguous", "").content();
        }
        assertEquals("Thank you: your report of this question reached the moderators. It is out of play here until"
                + " they decide.", last);

        // THEN this server is not asked it again, while another server is
        for (int i = 0; i < 3; i++) {
            assertTrue(questionOf(revealed(guild(), "franchise", "hard")) != question, "paused here");
        }
        String otherServer = String.valueOf(FakeDiscord.snowflake());
        Set<Long> askedThere = new HashSet<>();
        for (int i = 0; i < 2; i++) {
            askedThere.add(questionOf(revealed(otherServer, "franchise", "hard")));
        }
        assertTrue(askedThere.contains(question), "a shared question reported on one server is paused there only");
        given().header("Authorization", "Bearer " + TOKEN).get("/api/guilds/" + otherServer + "/reports").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.is(0));

        // WHEN a moderator dismisses the reports from the review THEN it is asked here again
        FakeDiscord.Sent review = discord.command("trivia-admin review", moderator, Map.of()).through(router)
                .reply();
        assertTrue(review.embed().path("title").asText().equals("Reported by 3 players · out of play until you"
                + " decide"), review.embed().toString());
        assertEquals("Switch off here", review.buttons().get(1).getLabel().orElseThrow());
        String dismiss = review.buttons().stream().filter(b -> b.getLabel().orElse("").equals("Dismiss"))
                .findFirst().flatMap(Button::getCustomId).orElseThrow();
        FakeDiscord.Sent after = discord.click(dismiss, moderator).through(router).reply();
        assertTrue(after.content().contains(": dismissed (3 reports closed)."), after.content());
        Set<Long> askedHere = new HashSet<>();
        for (int i = 0; i < 2; i++) {
            askedHere.add(questionOf(revealed(guild(), "franchise", "hard")));
        }
        assertTrue(askedHere.contains(question), "back in play once dismissed");
        assertTrue(discord.click(dismiss, moderator).through(router).reply().content().contains("no open reports"),
                "a second decision is refused");
        assertTrue(discord.click(dismiss, discord.member("Wesley")).through(router).reply().content()
                .contains("moderator"), "members cannot decide");
    }

    @Test
    void aModeratorRetiresAReportedQuestionFromTheReview() {
        long roundId = revealedRoundOfOwnQuestion();
        report(roundId, discord.member("Ada"), "outdated", "Season 3 is out.");

        FakeDiscord.Sent review = discord.command("trivia-admin review", moderator, Map.of()).through(router)
                .reply();
        FakeDiscord.Sent after = discord.click(review.buttons().get(1).getCustomId().orElseThrow(), moderator)
                .through(router).reply();

        assertTrue(after.content().startsWith("`chabon-" + category + "`: retired (1 report closed)."),
                after.content());
        assertInstanceOf(StartOutcome.NothingMatches.class,
                startRound.start(StartRequest.in(Origin.DISCORD, guild(), "c" + System.nanoTime()).category(category)));
    }
}
