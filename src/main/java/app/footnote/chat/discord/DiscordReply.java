package app.footnote.chat.discord;

import java.util.List;
import java.util.function.Consumer;

import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.MessageUpdater;
import org.javacord.api.entity.message.component.HighLevelComponent;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.message.mention.AllowedMentionsBuilder;
import org.javacord.api.interaction.callback.ExtendedInteractionMessageBuilderBase;
import org.javacord.api.interaction.callback.InteractionMessageBuilderBase;

/**
 * One message the bot sends, and the one place that puts it into Javacord's builders, so that every message pings
 * no one (or only the one member it is for) and keeps to Discord's length limits.
 *
 * @param ephemeral seen only by the user who asked
 * @param whenSent what to do with the message once Discord has it (on a worker thread)
 * @param file a file attached to the message, or {@code null}
 * @param pingUserId the one user this message is meant to notify, or {@code null} for no one
 */
public record DiscordReply(String content, List<DiscordEmbed> embeds, List<HighLevelComponent> components,
        boolean ephemeral, Consumer<Message> whenSent, File file, String pingUserId) {

    record File(String name, byte[] bytes) {
    }

    /** No @everyone, no roles, no users, no replied-to author: nothing the bot sends can ping anyone. */
    static final AllowedMentions NO_MENTIONS = silent().build();

    private static final Consumer<Message> NOTHING = message -> {
    };

    /** A short text for the user alone; the text is used as is, so escape what came from people. */
    public static DiscordReply privately(String content) {
        return new DiscordReply(content, List.of(), List.of(), true, NOTHING, null, null);
    }

    public static DiscordReply privately(DiscordEmbed embed) {
        return new DiscordReply(null, List.of(embed), List.of(), true, NOTHING, null, null);
    }

    public static DiscordReply publicly(DiscordEmbed embed, List<HighLevelComponent> components) {
        return new DiscordReply(null, List.of(embed), components, false, NOTHING, null, null);
    }

    public DiscordReply whenSent(Consumer<Message> action) {
        return new DiscordReply(content, embeds, components, ephemeral, action, file, pingUserId);
    }

    public DiscordReply withComponents(List<HighLevelComponent> buttons) {
        return new DiscordReply(content, embeds, buttons, ephemeral, whenSent, file, pingUserId);
    }

    /** The same reply after a sentence that says what just happened. */
    public DiscordReply prefixed(String text) {
        return new DiscordReply(content == null ? text : text + " " + content, embeds, components, ephemeral,
                whenSent, file, pingUserId);
    }

    public DiscordReply withFile(String name, byte[] bytes) {
        return new DiscordReply(content, embeds, components, ephemeral, whenSent, new File(name, bytes), pingUserId);
    }

    /** A public message to a channel that pings no one; the text is used as is, so escape what came from people. */
    public static DiscordReply publicly(String content) {
        return new DiscordReply(content, List.of(), List.of(), false, NOTHING, null, null);
    }

    /** A public message to a channel that notifies one member, whose mention is in {@code content}. */
    public static DiscordReply notifying(String userId, String content) {
        return new DiscordReply(content, List.of(), List.of(), false, NOTHING, null, userId);
    }

    public AllowedMentions mentions() {
        return pingUserId == null ? NO_MENTIONS : silent().addUser(Long.parseLong(pingUserId)).build();
    }

    private static AllowedMentionsBuilder silent() {
        return new AllowedMentionsBuilder().setMentionEveryoneAndHere(false).setMentionRoles(false)
                .setMentionUsers(false).setMentionRepliedUser(false);
    }

    public <T extends InteractionMessageBuilderBase<T>> T applyTo(T builder) {
        builder.removeAllEmbeds().removeAllComponents();
        fill(builder::setAllowedMentions, builder::setContent, builder::addEmbeds, builder::addComponents);
        if (ephemeral) {
            builder.setFlags(MessageFlag.EPHEMERAL);
        }
        if (file != null) {
            // Only replies sent after a deferral can carry files; the handlers that attach one always defer.
            ((ExtendedInteractionMessageBuilderBase<?>) builder).addAttachment(file.bytes(), file.name());
        }
        return builder;
    }

    /** For a message sent to a channel outside any interaction. */
    public MessageBuilder applyTo(MessageBuilder builder) {
        fill(builder::setAllowedMentions, builder::setContent, builder::addEmbeds, builder::addComponents);
        return builder;
    }

    /** For a message edited in place: what it showed is replaced. */
    public MessageUpdater applyTo(MessageUpdater updater) {
        updater.removeAllEmbeds();
        updater.removeAllComponents();
        fill(updater::setAllowedMentions, updater::setContent, updater::addEmbeds, updater::addComponents);
        return updater;
    }

    private void fill(Consumer<AllowedMentions> mentions, Consumer<String> text, Consumer<EmbedBuilder[]> embedsTo,
            Consumer<HighLevelComponent[]> componentsTo) {
        mentions.accept(mentions());
        text.accept(content == null ? "" : DiscordText.shorten(content, DiscordText.MESSAGE_CONTENT));
        if (!embeds.isEmpty()) {
            embedsTo.accept(embeds.stream().map(DiscordEmbed::build).toArray(EmbedBuilder[]::new));
        }
        if (!components.isEmpty()) {
            componentsTo.accept(components.toArray(HighLevelComponent[]::new));
        }
    }
}
