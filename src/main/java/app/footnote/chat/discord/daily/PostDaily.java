package app.footnote.chat.discord.daily;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.javacord.api.DiscordApi;
import org.jboss.logging.Logger;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.DiscordWorkers;
import app.footnote.chat.discord.round.RoundMessages;
import app.footnote.chat.discord.round.RoundPosts;
import app.footnote.daily.DailyPosted;
import app.footnote.game.RoundView;

/**
 * Sends a server's daily question to its channel. The scheduler only hands the message over: sending runs on the
 * workers and Javacord queues it within Discord's rate limits, so many servers due in one minute never hold the job.
 */
@ApplicationScoped
class PostDaily {

    private static final Logger LOG = Logger.getLogger(PostDaily.class);

    private final DiscordConnection connection;
    private final DiscordWorkers workers;
    private final ChannelMessages channelMessages;
    private final RoundPosts roundPosts;

    PostDaily(DiscordConnection connection, DiscordWorkers workers, ChannelMessages channelMessages,
            RoundPosts roundPosts) {
        this.connection = connection;
        this.workers = workers;
        this.channelMessages = channelMessages;
        this.roundPosts = roundPosts;
    }

    void onPosted(@Observes DailyPosted event) {
        RoundView round = event.round();
        Optional<DiscordApi> shard = connection.apiFor(round.origin(), round.guildId());
        if (shard.isEmpty()) {
            return;
        }
        DiscordApi api = shard.get();
        CompletableFuture.supplyAsync(() -> channelMessages.send(api, round.channelId(),
                RoundMessages.question(round, RoundMessages.DAILY_TITLE)), workers)
                .thenCompose(sent -> sent)
                .thenAcceptAsync(message -> roundPosts.record(round.id(), round.channelId(), message.getIdAsString()),
                        workers)
                .exceptionally(error -> {
                    LOG.errorf(error, "Could not post the daily question of server %s in channel %s",
                            round.guildId(), round.channelId());
                    return null;
                });
    }
}
