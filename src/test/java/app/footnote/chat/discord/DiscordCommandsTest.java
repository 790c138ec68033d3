package app.footnote.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.permission.Role;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.core.interaction.SlashCommandBuilderDelegateImpl;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import app.footnote.bank.Difficulty;
import app.footnote.chat.discord.moderation.AdminCommand;
import app.footnote.chat.discord.moderation.Moderators;
import app.footnote.chat.discord.round.DiscordRoundTest;
import app.footnote.chat.discord.scores.LeaderboardCommand;
import app.footnote.chat.discord.scores.StatsCommand;
import app.footnote.game.RecordAnswer;
import app.footnote.game.RevealRound;
import app.footnote.game.RoundLength;
import app.footnote.game.RoundView;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRound;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;

/** The commands besides /trivia, and how all of them are declared to Discord. */
@QuarkusTest
class DiscordCommandsTest {

    @Inject
    InteractionRouter router;
    @Inject
    RegisterCommands registerCommands;
    @Inject
    StartRound startRound;
    @Inject
    RecordAnswer recordAnswer;
    @Inject
    RoundLength roundLength;
    @Inject
    RevealRound revealRound;

    private final FakeDiscord discord = new FakeDiscord();

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
        return ((StartOutcome.Started) startRound.start(discord.server.getIdAsString(), UUID.randomUUID().toString(),
                null, Difficulty.MEDIUM)).round();
    }

    private void answer(RoundView round, User player, String label) {
        recordAnswer.answer(discord.server.getIdAsString(), round.id(), player.getIdAsString(),
                player.getDisplayName(discord.server), label);
    }

    private void reveal(RoundView round) {
        TestClock.NOW.set(round.closesAt());
        revealRound.revealDue();
    }

    private static List<JsonNode> declarationsOf(Set<SlashCommandBuilder> builders) {
        List<JsonNode> json = new ArrayList<>();
        builders.forEach(b -> json.add(((SlashCommandBuilderDelegateImpl) b.getDelegate())
                .getJsonBodyForApplicationCommand()));
        return json;
    }

    @Test
    void everyCommandIsDeclaredForServersOnlyWithinDiscordsLengthLimits() {
        List<JsonNode> commands = declarationsOf(registerCommands.declarations());

        assertEquals(Set.of("trivia", "leaderboard", "stats", "trivia-help", "trivia-admin", "trivia-suggest"),
                Set.copyOf(commands.stream().map(c -> c.path("name").asText()).toList()));
        for (JsonNode command : commands) {
            assertFalse(command.path("dm_permission").asBoolean(true), command.toString());
            assertWithinLimits(command);
        }
        JsonNode admin = commands.stream().filter(c -> c.path("name").asText().equals("trivia-admin")).findFirst()
                .orElseThrow();
        assertEquals(String.valueOf(PermissionType.MANAGE_SERVER.getValue()),
                admin.path("default_member_permissions").asText());
    }

    private static void assertWithinLimits(JsonNode node) {
        assertTrue(node.path("description").asText().length() <= DiscordText.OPTION_DESCRIPTION, node.toString());
        assertTrue(node.path("name").asText().matches("[a-z-]{1,32}"), node.toString());
        node.path("options").forEach(DiscordCommandsTest::assertWithinLimits);
    }

    @Test
    void commandsAreRegisteredByBulkOverwriteToTheDevelopmentServerOrGlobally() {
        DiscordApi api = mock(DiscordApi.class);
        when(api.bulkOverwriteGlobalApplicationCommands(any())).thenReturn(CompletableFuture.completedFuture(Set.of()));
        when(api.bulkOverwriteServerApplicationCommands(anyLong(), any()))
                .thenReturn(CompletableFuture.completedFuture(Set.of()));

        registerCommands.register(api, Optional.empty()).join();
        registerCommands.register(api, Optional.of(42L)).join();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Set<SlashCommandBuilder>> global = ArgumentCaptor.forClass(Set.class);
        verify(api).bulkOverwriteGlobalApplicationCommands(global.capture());
        assertEquals(6, global.getValue().size());
        verify(api).bulkOverwriteServerApplicationCommands(org.mockito.ArgumentMatchers.eq(42L), any());
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

    @Test
    void helpIsOneScreenForTheAskerAlone() {
        FakeDiscord.Exchange<?> help = discord.command(HelpCommand.NAME, discord.member("Ada"), Map.of())
                .through(router);

        assertEquals(Optional.of(true), help.deferral());
        FakeDiscord.Sent reply = help.reply();
        assertTrue(reply.ephemeral());
        assertTrue(reply.embed().path("description").asText().contains("**/trivia**"));
        assertTrue(reply.embed().toString().length() < DiscordText.EMBED_TOTAL);
    }

    @Test
    void aMemberWithoutManageServerOrTheModeratorRoleIsRefusedAndNothingChanges() {
        User member = discord.member("Member");
        String guild = discord.server.getIdAsString();
        int before = roundLength.of(guild);

        FakeDiscord.Sent reply = run(AdminCommand.NAME + " " + AdminCommand.SETTINGS, member,
                Map.of(AdminCommand.ROUND_SECONDS, 60L));

        assertTrue(reply.ephemeral());
        assertEquals(Moderators.REFUSAL, reply.content());
        assertEquals(before, roundLength.of(guild));
    }

    @Test
    void aManagerSetsRoundLengthAndModeratorRoleAndThatRoleMayThenModerate() {
        User manager = discord.member("Manager");
        when(discord.server.hasAnyPermission(manager, PermissionType.MANAGE_SERVER, PermissionType.ADMINISTRATOR))
                .thenReturn(true);
        Role quizmasters = discord.role();

        FakeDiscord.Sent saved = run(AdminCommand.NAME + " " + AdminCommand.SETTINGS, manager,
                Map.of(AdminCommand.ROUND_SECONDS, 45L, AdminCommand.MODERATOR_ROLE, quizmasters));

        assertTrue(saved.ephemeral());
        assertEquals("Settings saved", saved.embed().path("title").asText());
        assertEquals("45 seconds", saved.field("Round length"));
        assertEquals("<@&" + quizmasters.getId() + ">", saved.field("Moderator role"));
        DiscordRoundTest.assertNothingCanPing(saved);
        assertEquals(45, roundLength.of(discord.server.getIdAsString()));

        User quizmaster = discord.member("Quizmaster", quizmasters);
        FakeDiscord.Sent shown = run(AdminCommand.NAME + " " + AdminCommand.SETTINGS, quizmaster, Map.of());
        assertEquals("Settings", shown.embed().path("title").asText());

        run(AdminCommand.NAME + " " + AdminCommand.SETTINGS, manager, Map.of(AdminCommand.CLEAR_MODERATOR_ROLE, true));
        assertEquals(Moderators.REFUSAL, run(AdminCommand.NAME + " " + AdminCommand.SETTINGS, quizmaster, Map.of())
                .content());
    }

    @Test
    void anInvalidSettingNamesTheOptionAndChangesNothing() {
        User owner = discord.member("Owner");
        when(discord.server.isOwner(owner)).thenReturn(true);
        Role role = discord.role();

        FakeDiscord.Sent reply = run(AdminCommand.NAME + " " + AdminCommand.SETTINGS, owner,
                Map.of(AdminCommand.ROUND_SECONDS, 5L, AdminCommand.MODERATOR_ROLE, role));

        assertEquals("round-seconds must be 10 to 300 seconds, not 5. Nothing was changed.", reply.content());
        FakeDiscord.Sent shown = run(AdminCommand.NAME + " " + AdminCommand.SETTINGS, owner, Map.of());
        assertEquals("none: Manage Server only", shown.field("Moderator role"));
    }

    @Test
    void anUnknownButtonGetsAPrivateAnswerAtOnce() {
        FakeDiscord.Exchange<?> click = discord.click("poll:7", discord.member("Ada")).through(router);

        assertEquals(Optional.empty(), click.deferral());
        assertTrue(click.reply().ephemeral());
        verify(click.interaction, never()).respondLater(org.mockito.ArgumentMatchers.anyBoolean());
    }
}
