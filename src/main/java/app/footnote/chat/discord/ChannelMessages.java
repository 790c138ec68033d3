package app.footnote.chat.discord;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.MessageUpdater;

/** Messages the bot sends or edits in a channel on its own, outside any interaction (the reveal). */
@ApplicationScoped
public class ChannelMessages {

    public CompletableFuture<Message> send(DiscordApi api, String channelId, DiscordReply reply) {
        return reply.applyTo(new MessageBuilder()).send(channel(api, channelId));
    }

    public CompletableFuture<Message> edit(DiscordApi api, String channelId, String messageId, DiscordReply reply) {
        return api.getMessageById(messageId, channel(api, channelId))
                .thenCompose(message -> reply.applyTo(new MessageUpdater(message)).applyChanges());
    }

    private static TextChannel channel(DiscordApi api, String channelId) {
        return api.getTextChannelById(channelId).orElseThrow(() -> new IllegalStateException("channel " + channelId
                + " is not visible to the bot"));
    }
}
