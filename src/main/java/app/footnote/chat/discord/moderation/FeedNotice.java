package app.footnote.chat.discord.moderation;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.javacord.api.DiscordApi;
import org.jboss.logging.Logger;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordWorkers;
import app.footnote.game.Origin;
import app.footnote.news.FeedQuestions;

/**
 * Tells a server's moderators, in the channel the poll chose (the server's notice channel, else where its feed was
 * added), what a poll of its feeds brought: one message a poll, pinging no one. Sent on the workers, so that the
 * polling job never waits for Discord.
 */
@ApplicationScoped
class FeedNotice {

    private static final Logger LOG = Logger.getLogger(FeedNotice.class);

    private final DiscordConnection connection;
    private final DiscordWorkers workers;
    private final ChannelMessages channelMessages;

    FeedNotice(DiscordConnection connection, DiscordWorkers workers, ChannelMessages channelMessages) {
        this.connection = connection;
        this.workers = workers;
        this.channelMessages = channelMessages;
    }

    void onFeedQuestions(@Observes FeedQuestions event) {
        Optional<DiscordApi> shard = connection.apiFor(Origin.DISCORD, event.guildId());
        if (shard.isEmpty()) {
            return;
        }
        CompletableFuture.supplyAsync(() -> channelMessages.send(shard.get(), event.channelId(),
                DiscordReply.publicly(text(event))), workers).thenCompose(sent -> sent).exceptionally(error -> {
                    LOG.errorf(error, "Could not tell server %s in channel %s of its feeds' questions",
                            event.guildId(), event.channelId());
                    return null;
                });
    }

    static String text(FeedQuestions event) {
        StringBuilder text = new StringBuilder("Footnote's feeds brought ")
                .append(questions(event.queued() + event.played())).append(".");
        if (event.queued() > 0) {
            text.append(" ").append(event.waiting()).append(event.waiting() == 1 ? " waits" : " wait")
                    .append(" for review: `/trivia-admin review`.");
        }
        if (event.played() > 0) {
            text.append(" ").append(questions(event.played())).append(event.played() == 1 ? " is" : " are")
                    .append(" in play already.");
        }
        return text.toString();
    }

    private static String questions(long n) {
        return n + (n == 1 ? " new question" : " new questions");
    }
}
