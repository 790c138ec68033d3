package app.footnote.chat.discord.round;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordWorkers;
import app.footnote.game.RoundView;

/**
 * Posts a round the bot opened by itself (a daily question, a game's next question) in its channel and remembers the
 * message, so that its reveal can close its buttons. Sending runs on the workers and nothing waits on Discord; a round
 * posted already (told again at start-up after a restart) is not posted twice.
 */
@ApplicationScoped
public class PostRound {

    private static final Logger LOG = Logger.getLogger(PostRound.class);

    private final DiscordConnection connection;
    private final DiscordWorkers workers;
    private final ChannelMessages channelMessages;
    private final RoundPosts roundPosts;

    PostRound(DiscordConnection connection, DiscordWorkers workers, ChannelMessages channelMessages,
            RoundPosts roundPosts) {
        this.connection = connection;
        this.workers = workers;
        this.channelMessages = channelMessages;
        this.roundPosts = roundPosts;
    }

    /** @param what the round as the log names it when it cannot be posted */
    public void post(RoundView round, DiscordReply question, String what) {
        connection.apiFor(round.origin(), round.guildId()).ifPresent(api -> CompletableFuture
                .supplyAsync(() -> roundPosts.find(round.id()).isPresent() ? null
                        : channelMessages.send(api, round.channelId(), question), workers)
                .thenCompose(sent -> sent == null ? CompletableFuture.completedFuture(null) : sent)
                .thenAcceptAsync(message -> {
                    if (message != null) {
                        roundPosts.record(round.id(), round.channelId(), message.getIdAsString());
                    }
                }, workers)
                .exceptionally(error -> {
                    LOG.errorf(error, "Could not post %s in channel %s", what, round.channelId());
                    return null;
                }));
    }
}
