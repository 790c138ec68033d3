package app.footnote.chat.discord.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.bank.Difficulty;
import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.chat.discord.InteractionRouter;
import app.footnote.chat.discord.round.DiscordRoundTest;
import app.footnote.game.Origin;
import app.footnote.game.RecordAnswer;
import app.footnote.game.RevealRound;
import app.footnote.game.RoundView;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;

/** /leaderboard and /stats, as players see them. */
@QuarkusTest
class DiscordScoresTest {

    @Inject
    InteractionRouter router;
    @Inject
    StartRound startRound;
    @Inject
    RecordAnswer recordAnswer;
    @Inject
    RevealRound revealRound;
    @Inject
    DiscordConnection connection;
    @InjectMock
    ChannelMessages channelMessages;

    private final FakeDiscord discord = new FakeDiscord();

    /** The rounds are this process's to reveal only while it runs the server's shard. */
    @BeforeEach
    void connect() {
        connection.connected(1, Map.of(0, mock(DiscordApi.class)));
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @AfterEach
    void disconnect() {
        connection.connected(1, Map.of());
    }

    private FakeDiscord.Sent run(String command, User user, Map<String, Object> options) {
        return discord.command(command, user, options).through(router).reply();
    }

    /**
     * A right answer in a round of this server, as the player would give it by clicking. Always a medium question, so
     * that two right answers outscore one whatever the draw (a hard one is worth more than two easy ones).
     */
    private void answerRight(User player) {
        RoundView round = openRound();
        answer(round, player, Rounds.rightLabel(round.id()));
        reveal(round);
    }

    private RoundView openRound() {
        return ((StartOutcome.Started) startRound
                .start(StartRequest.in(Origin.DISCORD, discord.server.getIdAsString(), UUID.randomUUID().toString())
                        .difficulty(Difficulty.MEDIUM)))
                .round();
    }

    private void answer(RoundView round, User player, String label) {
        recordAnswer.answer(discord.server.getIdAsString(), round.id(), player.getIdAsString(),
                player.getDisplayName(discord.server), label);
    }

    private void reveal(RoundView round) {
        TestClock.NOW.set(round.closesAt());
        revealRound.revealDue();
    }

    @Test
    void leaderboardListsTheTopWithEscapedNamesAndNeverPingsAnyone() {
        User ada = discord.member("**Ada** @here");
        User bob = discord.member("Bob");
        answerRight(ada);
        answerRight(ada);
        answerRight(bob);

        FakeDiscord.Sent board = run(LeaderboardCommand.NAME, bob, Map.of(LeaderboardCommand.PERIOD, "week"));

        assertFalse(board.ephemeral());
        assertEquals("Leaderboard · Ten Forward · this week", board.embed().path("title").asText());
        String[] lines = board.embed().path("description").asText().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("**1.** \\*\\*Ada\\*\\* @\u200Bhere — "), lines[0]);
        assertTrue(lines[1].startsWith("**2.** Bob — ") && lines[1].endsWith("1/1 right"), lines[1]);
        DiscordRoundTest.assertNothingCanPing(board);
    }

    @Test
    void anEmptyLeaderboardSaysSoAndHowToStart() {
        FakeDiscord.Sent board = run(LeaderboardCommand.NAME, discord.member("Ada"), Map.of());

        assertEquals("Nobody has scored all time yet. Start a round with /trivia.",
                board.embed().path("description").asText());
    }

    @Test
    void statsShowAnotherPlayersRecordAndSayPrivatelyWhenThereIsNone() {
        User ada = discord.member("Ada");
        User bob = discord.member("Bob");
        answerRight(ada);

        FakeDiscord.Sent stats = run(StatsCommand.NAME, bob, Map.of(StatsCommand.USER, ada));

        assertFalse(stats.ephemeral());
        assertEquals("Stats · Ada", stats.embed().path("title").asText());
        assertEquals("#1 on this server", stats.field("Rank"));
        assertEquals("1 of 1 (100%)", stats.field("Right"));
        assertEquals("1 in a row (best 1)", stats.field("Streak"));

        FakeDiscord.Sent none = run(StatsCommand.NAME, bob, Map.of());
        assertTrue(none.ephemeral());
        assertEquals("Bob has not answered a question on this server yet.", none.content());
    }

    @Test
    void statsTellNobodyWhoIsRightUntilTheRoundIsRevealed() {
        // GIVEN an open round that Ada answered right and Bob wrong
        User ada = discord.member("Ada");
        User bob = discord.member("Bob");
        RoundView round = openRound();
        answer(round, ada, Rounds.rightLabel(round.id()));
        answer(round, bob, Rounds.wrongLabel(round.id()));

        // WHEN anyone looks them up before the reveal THEN both read the same: nothing yet
        assertEquals("Ada has not answered a question on this server yet.",
                run(StatsCommand.NAME, bob, Map.of(StatsCommand.USER, ada)).content());
        assertEquals("Bob has not answered a question on this server yet.",
                run(StatsCommand.NAME, ada, Map.of(StatsCommand.USER, bob)).content());

        // WHEN the round is revealed THEN each record counts it
        reveal(round);
        assertEquals("1 of 1 (100%)", run(StatsCommand.NAME, bob, Map.of(StatsCommand.USER, ada)).field("Right"));
        assertEquals("0 of 1 (0%)", run(StatsCommand.NAME, ada, Map.of(StatsCommand.USER, bob)).field("Right"));
    }
}
