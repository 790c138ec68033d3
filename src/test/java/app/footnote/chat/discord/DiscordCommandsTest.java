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

import app.footnote.chat.CommandOptions;
import app.footnote.chat.discord.moderation.AdminCommand;
import app.footnote.chat.discord.moderation.Moderators;
import app.footnote.chat.discord.round.DiscordRoundTest;
import app.footnote.game.GameConfig;
import app.footnote.game.RoundLength;
import io.quarkus.test.junit.QuarkusTest;

/** How every command is declared to Discord, /help, and the settings of /trivia-admin. */
@QuarkusTest
class DiscordCommandsTest {

    @Inject
    InteractionRouter router;
    @Inject
    RegisterCommands registerCommands;
    @Inject
    RoundLength roundLength;

    private final FakeDiscord discord = new FakeDiscord();

    private FakeDiscord.Sent run(String command, User user, Map<String, Object> options) {
        return discord.command(command, user, options).through(router).reply();
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

        assertEquals(Set.of("trivia", "trivia-stop", "leaderboard", "stats", "trivia-help", "trivia-admin",
                "trivia-suggest"),
                Set.copyOf(commands.stream().map(c -> c.path("name").asText()).toList()));
        for (JsonNode command : commands) {
            assertFalse(command.path("dm_permission").asBoolean(true), command.toString());
            assertWithinLimits(command);
        }
        JsonNode admin = commands.stream().filter(c -> c.path("name").asText().equals("trivia-admin")).findFirst()
                .orElseThrow();
        assertEquals(String.valueOf(PermissionType.MANAGE_SERVER.getValue()),
                admin.path("default_member_permissions").asText());
        JsonNode questions = commands.stream().filter(c -> c.path("name").asText().equals("trivia")).findFirst()
                .orElseThrow().path("options").findParents("name").stream()
                .filter(o -> o.path("name").asText().equals(CommandOptions.QUESTIONS)).findFirst().orElseThrow();
        assertEquals(GameConfig.MIN_GAME_QUESTIONS, questions.path("min_value").asInt(), questions.toString());
        assertEquals(GameConfig.MAX_GAME_QUESTIONS, questions.path("max_value").asInt(), questions.toString());
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
        assertEquals(7, global.getValue().size());
        verify(api).bulkOverwriteServerApplicationCommands(org.mockito.ArgumentMatchers.eq(42L), any());
    }

    @Test
    void helpIsOneScreenForTheAskerAlone() {
        FakeDiscord.Exchange<?> help = discord.command(HelpCommand.NAME, discord.member("Ada"), Map.of())
                .through(router);

        assertEquals(Optional.of(true), help.deferral());
        FakeDiscord.Sent reply = help.reply();
        assertTrue(reply.ephemeral());
        assertTrue(reply.embed().path("description").asText().contains("**/trivia**"));
        assertTrue(reply.embed().path("description").asText().contains("**Source**"), "the reveal's buttons");
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
