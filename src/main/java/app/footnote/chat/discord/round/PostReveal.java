package app.footnote.chat.discord.round;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.javacord.api.DiscordApi;
import org.jboss.logging.Logger;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.DiscordWorkers;
import app.footnote.daily.DailyStreaks;
import app.footnote.daily.Streak;
import app.footnote.game.DescribeRound;
import app.footnote.game.Reveal;
import app.footnote.game.RoundRevealed;

/**
 * At a Discord round's close: its question's buttons are switched off and the reveal is posted in the channel, with
 * the longest daily streaks when it was the daily question.
 */
@ApplicationScoped
class PostReveal {

    private static final Logger LOG = Logger.getLogger(PostReveal.class);

    private final DiscordConnection connection;
    private final DiscordWorkers workers;
    private final RoundPosts roundPosts;
    private final DescribeRound describeRound;
    private final ChannelMessages channelMessages;
    private final DailyStreaks dailyStreaks;

    PostReveal(DiscordConnection connection, DiscordWorkers workers, RoundPosts roundPosts,
            DescribeRound describeRound, ChannelMessages channelMessages, DailyStreaks dailyStreaks) {
        this.connection = connection;
        this.workers = workers;
        this.roundPosts = roundPosts;
        this.describeRound = describeRound;
        this.channelMessages = channelMessages;
        this.dailyStreaks = dailyStreaks;
    }

    void onRevealed(@Observes RoundRevealed event) {
        Reveal reveal = event.reveal();
        Optional<DiscordApi> shard = connection.apiFor(reveal.origin(), reveal.guildId());
        if (shard.isEmpty()) {
            return;
        }
        DiscordApi api = shard.get();
        CompletableFuture.runAsync(() -> post(api, reveal), workers).exceptionally(error -> {
            LOG.errorf(error, "Could not post the reveal of round %d in channel %s", reveal.roundId(),
                    reveal.channelId());
            return null;
        });
    }

    private void post(DiscordApi api, Reveal reveal) {
        boolean daily = dailyStreaks.isDaily(reveal.roundId());
        roundPosts.find(reveal.roundId()).ifPresent(post -> describeRound.describe(reveal.roundId())
                .ifPresent(state -> channelMessages.edit(api, post.channelId, post.messageId,
                        RoundMessages.closed(state.round(), daily ? RoundMessages.DAILY_TITLE
                                : RoundMessages.triviaTitle(state.round()), reveal.answerLabel()))
                        .exceptionally(error -> {
                            LOG.warnf("Could not close the buttons of round %d: %s", reveal.roundId(), error);
                            return null;
                        })));
        List<Streak> streaks = daily ? dailyStreaks.leaders(reveal.guildId()) : List.of();
        channelMessages.send(api, reveal.channelId(), RoundMessages.reveal(reveal, streaks)).join();
    }
}
