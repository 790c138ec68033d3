package app.footnote.chat.discord.daily;

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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.channel.ServerTextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.permission.PermissionType;
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
import app.footnote.chat.discord.moderation.AdminCommand;
import app.footnote.chat.discord.moderation.Moderators;
import app.footnote.chat.discord.round.DiscordRoundTest;
import app.footnote.chat.discord.round.RoundMessages;
import app.footnote.chat.discord.round.RoundPosts;
import app.footnote.chat.discord.scores.StatsCommand;
import app.footnote.daily.DailySchedules;
import app.footnote.daily.PostDailyQuestions;
import app.footnote.daily.ScheduleRequest;
import app.footnote.game.RecordAnswer;
import app.footnote.game.RevealRound;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;

/** {@code /trivia-admin daily} through Javacord mocks, and the daily question posted and revealed on Discord. */
@QuarkusTest
class DiscordDailyTest {

    private static final String SET = AdminCommand.NAME + " " + DailyAdmin.GROUP + " " + DailyAdmin.SET;
    private static final String SHOW = AdminCommand.NAME + " " + DailyAdmin.GROUP + " " + DailyAdmin.SHOW;
    private static final String OFF = AdminCommand.NAME + " " + DailyAdmin.GROUP + " " + DailyAdmin.OFF;

    @Inject
    InteractionRouter router;
    @Inject
    DailySchedules schedules;
    @Inject
    PostDailyQuestions postDailyQuestions;
    @Inject
    RecordAnswer recordAnswer;
    @Inject
    RevealRound revealRound;
    @Inject
    DiscordConnection connection;
    @InjectSpy
    RoundPosts roundPosts;
    @InjectMock
    ChannelMessages channelMessages;

    private final FakeDiscord discord = new FakeDiscord();
    private final ServerTextChannel quizChannel = mock(ServerTextChannel.class);
    private final String quizChannelId = String.valueOf(FakeDiscord.snowflake());
    private final User manager = discord.member("Manager");

    @BeforeEach
    void aServerWithAWritableChannel() {
        TestClock.NOW.set(Instant.parse("2026-11-22T20:00:00Z"));
        when(discord.server.hasAnyPermission(manager, PermissionType.MANAGE_SERVER, PermissionType.ADMINISTRATOR))
                .thenReturn(true);
        when(quizChannel.asServerTextChannel()).thenReturn(Optional.of(quizChannel));
        when(quizChannel.getIdAsString()).thenReturn(quizChannelId);
        when(quizChannel.canYouWrite()).thenReturn(true);
        when(quizChannel.canYouEmbedLinks()).thenReturn(true);
    }

    @AfterEach
    void disconnect() {
        connection.connected(1, Map.of());
    }

    private FakeDiscord.Sent run(String command, User user, Map<String, Object> options) {
        FakeDiscord.Exchange<?> exchange = discord.command(command, user, options);
        if (options.containsKey(ScheduleRequest.CHANNEL)) {
            when(((org.javacord.api.interaction.SlashCommandInteraction) exchange.interaction)
                    .getArgumentChannelValueByName(ScheduleRequest.CHANNEL))
                    .thenReturn(Optional.of((ServerTextChannel) options.get(ScheduleRequest.CHANNEL)));
        }
        return exchange.through(router).reply();
    }

    private Map<String, Object> paris() {
        return Map.of(ScheduleRequest.CHANNEL, quizChannel, ScheduleRequest.TIME, "09:00", ScheduleRequest.TIMEZONE,
                "Europe/Paris");
    }

    @Test
    void aModeratorSetsShowsAndTurnsOffTheDailyQuestion() {
        FakeDiscord.Sent set = run(SET, manager, paris());

        assertTrue(set.ephemeral());
        assertEquals("<#" + quizChannelId + ">", set.field("Channel"));
        assertEquals("09:00 Europe/Paris", set.field("Time"));
        assertEquals("until 1 hour before the next one", set.field("Open for"));
        assertEquals("09:00 Europe/Paris", run(SHOW, manager, Map.of()).field("Time"));

        assertEquals("The daily question is off.", run(OFF, manager, Map.of()).content());
        assertEquals("No daily question is scheduled. Set one with /trivia-admin daily set.",
                run(SHOW, manager, Map.of()).content());
    }

    @Test
    void anUnknownTimeZoneIsNamedAndThePreviousScheduleStays() {
        run(SET, manager, paris());

        FakeDiscord.Sent reply = run(SET, manager, Map.of(ScheduleRequest.CHANNEL, quizChannel, ScheduleRequest.TIME,
                "10:00", ScheduleRequest.TIMEZONE, "Mars/Olympus_Mons"));

        assertTrue(reply.ephemeral());
        assertEquals("timezone: 'Mars/Olympus\\_Mons' is not a time zone; use an IANA name such as Europe/Paris or"
                + " America/New\\_York. Nothing was changed.", reply.content());
        assertEquals("09:00", schedules.of(discord.server.getIdAsString()).orElseThrow().postTime().toString());
    }

    @Test
    void aChannelTheBotCannotPostInIsRefused() {
        when(quizChannel.canYouWrite()).thenReturn(false);

        FakeDiscord.Sent reply = run(SET, manager, paris());

        assertTrue(reply.content().startsWith("channel: Footnote cannot post there"), reply.content());
        assertEquals(Optional.empty(), schedules.of(discord.server.getIdAsString()));
    }

    @Test
    void aMemberWithoutManageServerCannotScheduleIt() {
        assertEquals(Moderators.REFUSAL, run(SET, discord.member("Member"), paris()).content());
        assertEquals(Optional.empty(), schedules.of(discord.server.getIdAsString()));
    }

    @Test
    void theDailyQuestionIsPostedToItsChannelAndItsRevealShowsTheShareAndTheStreaks() {
        DiscordApi api = mock(DiscordApi.class);
        connection.connected(1, Map.of(0, api));
        Message message = mock(Message.class);
        when(message.getIdAsString()).thenReturn("9001");
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(message));
        when(channelMessages.edit(any(), any(), any(), any())).thenReturn(CompletableFuture.completedFuture(message));
        run(SET, manager, paris());
        String guild = discord.server.getIdAsString();

        TestClock.NOW.set(Instant.parse("2026-11-23T08:00:00Z"));
        long roundId = postDailyQuestions.postDue().stream().filter(p -> p.round().guildId().equals(guild))
                .findFirst().orElseThrow().round().id();

        ArgumentCaptor<DiscordReply> question = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(quizChannelId), question.capture());
        FakeDiscord.Sent posted = FakeDiscord.Sent.of(question.getValue()
                .applyTo(FakeDiscord.builder(InteractionOriginalResponseUpdater.class)));
        assertEquals(RoundMessages.DAILY_TITLE, posted.embed().path("title").asText());
        assertEquals("answer:" + roundId + ":A", posted.buttons().get(0).getCustomId().orElseThrow());
        DiscordRoundTest.assertNothingCanPing(posted);
        verify(roundPosts, timeout(5_000)).record(roundId, quizChannelId, "9001");

        User ada = discord.member("Ada");
        recordAnswer.answer(guild, roundId, ada.getIdAsString(), "Ada", Rounds.rightLabel(roundId));
        recordAnswer.answer(guild, roundId, "bob", "Bob", Rounds.wrongLabel(roundId));
        TestClock.NOW.advance(Duration.ofHours(23));
        revealRound.revealDue();

        verify(channelMessages, timeout(5_000)).edit(eq(api), eq(quizChannelId), eq("9001"), any());
        ArgumentCaptor<DiscordReply> sent = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000).times(2)).send(eq(api), eq(quizChannelId), sent.capture());
        FakeDiscord.Sent reveal = FakeDiscord.Sent.of(sent.getValue()
                .applyTo(FakeDiscord.builder(InteractionOriginalResponseUpdater.class)));
        assertTrue(reveal.field(RoundMessages.WHO_GOT_IT).startsWith("1 of 2 got it right (50%)."));
        assertEquals("**Ada** · 1 in a row", reveal.field(RoundMessages.DAILY_STREAKS));

        FakeDiscord.Sent stats = run(StatsCommand.NAME, ada, Map.of());
        assertEquals("1 in a row (best 1)", stats.field("Daily streak"));
    }
}
