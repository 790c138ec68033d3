package app.footnote.chat.discord;

import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.javacord.api.entity.Attachment;
import org.javacord.api.entity.channel.ServerChannel;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.HighLevelComponent;
import org.javacord.api.entity.message.component.TextInput;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.permission.Role;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.InteractionType;
import org.javacord.api.interaction.MessageComponentInteraction;
import org.javacord.api.interaction.ModalInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.callback.InteractionFollowupMessageBuilder;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.javacord.core.entity.message.embed.EmbedBuilderDelegateImpl;
import org.javacord.core.entity.message.mention.AllowedMentionsImpl;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Discord server in mocks of Javacord's interfaces: members, a channel, and interactions whose replies are
 * recorded, so tests read what Discord would have received.
 */
public final class FakeDiscord {

    public final Server server = mock(Server.class);
    final TextChannel channel = mock(TextChannel.class);
    public final long serverId = snowflake();
    public final long channelId = snowflake();

    public FakeDiscord() {
        lenient().when(server.getId()).thenReturn(serverId);
        lenient().when(server.getIdAsString()).thenReturn(String.valueOf(serverId));
        lenient().when(server.getName()).thenReturn("Ten Forward");
        lenient().when(channel.getId()).thenReturn(channelId);
        lenient().when(channel.getIdAsString()).thenReturn(String.valueOf(channelId));
    }

    public static long snowflake() {
        return ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 999_999_999_999_999_999L);
    }

    public User member(String displayName, Role... roles) {
        User user = mock(User.class);
        long id = snowflake();
        lenient().when(user.getId()).thenReturn(id);
        lenient().when(user.getIdAsString()).thenReturn(String.valueOf(id));
        lenient().when(user.getName()).thenReturn(displayName.toLowerCase().replaceAll("\\W", ""));
        lenient().when(user.getDisplayName(server)).thenReturn(displayName);
        lenient().when(server.getRoles(user)).thenReturn(Arrays.asList(roles));
        return user;
    }

    Role role() {
        Role role = mock(Role.class);
        long id = snowflake();
        lenient().when(role.getId()).thenReturn(id);
        lenient().when(role.getIdAsString()).thenReturn(String.valueOf(id));
        return role;
    }

    /** Another channel of the server, as a channel option gives it. */
    public ServerChannel otherChannel() {
        ServerChannel other = mock(ServerChannel.class);
        long id = snowflake();
        lenient().when(other.getId()).thenReturn(id);
        lenient().when(other.getIdAsString()).thenReturn(String.valueOf(id));
        lenient().when(other.getServer()).thenReturn(server);
        return other;
    }

    /**
     * A slash command as Discord delivers it; {@code arguments} maps option names to String, Long, Boolean, User,
     * Role, Attachment or ServerChannel.
     */
    public Exchange<SlashCommandInteraction> command(String name, User user, Map<String, Object> arguments) {
        SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
        lenient().when(interaction.getCommandName()).thenReturn(name.split(" ")[0]);
        lenient().when(interaction.getFullCommandName()).thenReturn(name);
        arguments.forEach((option, value) -> {
            if (value instanceof String text) {
                lenient().when(interaction.getArgumentStringValueByName(option)).thenReturn(Optional.of(text));
            } else if (value instanceof Long number) {
                lenient().when(interaction.getArgumentLongValueByName(option)).thenReturn(Optional.of(number));
            } else if (value instanceof Boolean flag) {
                lenient().when(interaction.getArgumentBooleanValueByName(option)).thenReturn(Optional.of(flag));
            } else if (value instanceof User other) {
                lenient().when(interaction.getArgumentUserValueByName(option)).thenReturn(Optional.of(other));
            } else if (value instanceof Role role) {
                lenient().when(interaction.getArgumentRoleValueByName(option)).thenReturn(Optional.of(role));
            } else if (value instanceof ServerChannel other) {
                lenient().when(interaction.getArgumentChannelValueByName(option)).thenReturn(Optional.of(other));
            } else if (value instanceof Attachment file) {
                lenient().when(interaction.getArgumentAttachmentValueByName(option)).thenReturn(Optional.of(file));
            }
        });
        return new Exchange<>(interaction, user, this, InteractionType.APPLICATION_COMMAND);
    }

    /** A form submitted: {@code values} maps the text inputs' custom ids to what was typed. */
    public Exchange<ModalInteraction> submit(String customId, User user, Map<String, String> values) {
        ModalInteraction interaction = mock(ModalInteraction.class);
        lenient().when(interaction.getCustomId()).thenReturn(customId);
        lenient().when(interaction.getTextInputValueByCustomId(Mockito.anyString())).thenReturn(Optional.empty());
        values.forEach((id, value) -> lenient().when(interaction.getTextInputValueByCustomId(id))
                .thenReturn(Optional.of(value)));
        return new Exchange<>(interaction, user, this, InteractionType.MODAL_SUBMIT);
    }

    /** A file attached to a command, as Discord hands it over. */
    public static Attachment attachment(String name, byte[] content) {
        Attachment file = mock(Attachment.class);
        lenient().when(file.getFileName()).thenReturn(name);
        lenient().when(file.getSize()).thenReturn(content.length);
        lenient().when(file.asByteArray()).thenReturn(CompletableFuture.completedFuture(content));
        return file;
    }

    public Exchange<MessageComponentInteraction> click(String customId, User user) {
        MessageComponentInteraction interaction = mock(MessageComponentInteraction.class);
        lenient().when(interaction.getCustomId()).thenReturn(customId);
        return new Exchange<>(interaction, user, this, InteractionType.MESSAGE_COMPONENT);
    }

    /**
     * One interaction and the three ways the bot can answer it, each a builder mock that records what it was given.
     */
    public static final class Exchange<I extends InteractionBase> {

        public final I interaction;
        final InteractionOriginalResponseUpdater deferred = builder(InteractionOriginalResponseUpdater.class);
        final InteractionFollowupMessageBuilder followup = builder(InteractionFollowupMessageBuilder.class);
        final InteractionImmediateResponseBuilder immediate = builder(InteractionImmediateResponseBuilder.class);
        final Message posted = mock(Message.class);
        public final long postedId = snowflake();

        public Exchange(I interaction, User user, FakeDiscord discord, InteractionType type) {
            this.interaction = interaction;
            lenient().when(interaction.getType()).thenReturn(type);
            lenient().when(interaction.getUser()).thenReturn(user);
            lenient().when(interaction.getServer()).thenReturn(Optional.of(discord.server));
            lenient().when(interaction.getChannel()).thenReturn(Optional.of(discord.channel));
            lenient().when(interaction.respondLater(Mockito.anyBoolean()))
                    .thenReturn(CompletableFuture.completedFuture(deferred));
            lenient().when(interaction.createFollowupMessageBuilder()).thenReturn(followup);
            lenient().when(interaction.createImmediateResponder()).thenReturn(immediate);
            lenient().when(posted.getId()).thenReturn(postedId);
            lenient().when(posted.getIdAsString()).thenReturn(String.valueOf(postedId));
            lenient().when(deferred.update()).thenReturn(CompletableFuture.completedFuture(posted));
            lenient().when(deferred.delete()).thenReturn(CompletableFuture.completedFuture(null));
            lenient().when(followup.send()).thenReturn(CompletableFuture.completedFuture(posted));
            lenient().when(immediate.respond()).thenReturn(CompletableFuture.completedFuture(deferred));
            lenient().when(interaction.respondWithModal(Mockito.anyString(), Mockito.anyString(), Mockito.anyList()))
                    .thenReturn(CompletableFuture.completedFuture(null));
        }

        /** The form the interaction was answered with: its custom id, and each input's id and prefilled value. */
        public Optional<Modal> modal() {
            return Mockito.mockingDetails(interaction).getInvocations().stream()
                    .filter(i -> i.getMethod().getName().equals("respondWithModal")).findFirst().map(i -> {
                        Map<String, String> values = new java.util.LinkedHashMap<>();
                        for (Object row : (List<?>) i.getArgument(2)) {
                            ((ActionRow) row).getComponents().forEach(c -> {
                                TextInput input = c.asTextInput().orElseThrow();
                                values.put(input.getCustomId(), input.getValue() == null ? "" : input.getValue());
                            });
                        }
                        return new Modal(i.getArgument(0), values);
                    });
        }

        /** Runs it as Discord would: through the router's listener entry point, to the end of the reply. */
        public Exchange<I> through(InteractionRouter router) {
            if (interaction instanceof SlashCommandInteraction command) {
                router.onSlashCommand(command).join();
            } else if (interaction instanceof ModalInteraction modal) {
                router.onModal(modal).join();
            } else {
                router.onComponent((MessageComponentInteraction) interaction).join();
            }
            return this;
        }

        /** Whether the interaction was deferred, and how: empty if not at all, else true when privately. */
        public Optional<Boolean> deferral() {
            return Mockito.mockingDetails(interaction).getInvocations().stream()
                    .filter(i -> i.getMethod().getName().equals("respondLater")).findFirst()
                    .map(i -> (Boolean) i.getArgument(0));
        }

        /** The message the user ended up seeing: the deferred reply's update, or else a follow-up or an immediate reply. */
        public Sent reply() {
            for (Object builder : List.of(followup, immediate, deferred)) {
                Sent sent = Sent.of(builder);
                boolean finished = Mockito.mockingDetails(builder).getInvocations().stream().map(i -> i.getMethod()
                        .getName()).anyMatch(name -> name.equals("send") || name.equals("respond")
                                || name.equals("update"));
                if (finished) {
                    return sent;
                }
            }
            throw new AssertionError("the interaction got no reply");
        }

        public boolean placeholderDeleted() {
            return Mockito.mockingDetails(deferred).getInvocations().stream()
                    .anyMatch(i -> i.getMethod().getName().equals("delete"));
        }
    }

    public record Modal(String customId, Map<String, String> values) {
    }

    /** A Javacord builder mock whose chained calls return itself (their return type is often an erased T). */
    public static <T> T builder(Class<T> type) {
        return mock(type, withSettings().defaultAnswer(call -> call.getMethod().getReturnType()
                .isAssignableFrom(type) ? call.getMock() : RETURNS_DEFAULTS.answer(call)));
    }

    /** What one builder was given, in the terms of Discord's API: embeds as the JSON Javacord sends. */
    public record Sent(String content, List<JsonNode> embeds, List<Button> buttons, List<Integer> rowSizes,
            boolean ephemeral, JsonNode allowedMentions, Map<String, byte[]> files) {

        public static Sent of(Object builder) {
            String content = null;
            List<JsonNode> embeds = new ArrayList<>();
            List<Button> buttons = new ArrayList<>();
            List<Integer> rowSizes = new ArrayList<>();
            boolean ephemeral = false;
            JsonNode mentions = null;
            Map<String, byte[]> files = new java.util.LinkedHashMap<>();
            for (Invocation call : Mockito.mockingDetails(builder).getInvocations()) {
                switch (call.getMethod().getName()) {
                    case "setContent" -> content = call.getArgument(0);
                    case "addEmbed" -> embeds.add(json(call.getArgument(0)));
                    case "addEmbeds" -> {
                        for (Object embed : call.getArguments()) {
                            embeds.add(json((EmbedBuilder) embed));
                        }
                    }
                    case "addComponents" -> {
                        for (Object row : call.getArguments()) {
                            ActionRow actionRow = (ActionRow) (HighLevelComponent) row;
                            rowSizes.add(actionRow.getComponents().size());
                            actionRow.getComponents().forEach(c -> buttons.add(c.asButton().orElseThrow()));
                        }
                    }
                    case "setFlags" -> ephemeral = Arrays.asList(call.getArguments()).contains(MessageFlag.EPHEMERAL);
                    case "addAttachment" -> files.put(call.getArgument(1), call.getArgument(0));
                    case "setAllowedMentions" -> mentions = ((AllowedMentionsImpl) (AllowedMentions) call
                            .getArgument(0)).toJsonNode();
                    default -> {
                    }
                }
            }
            return new Sent(content, embeds, buttons, rowSizes, ephemeral, mentions, files);
        }

        private static JsonNode json(EmbedBuilder embed) {
            return ((EmbedBuilderDelegateImpl) embed.getDelegate()).toJsonNode();
        }

        public JsonNode embed() {
            if (embeds.size() != 1) {
                throw new AssertionError("expected one embed, got " + embeds);
            }
            return embeds.get(0);
        }

        /** The value of the embed's field with this name. */
        public String field(String name) {
            for (JsonNode field : embed().path("fields")) {
                if (field.path("name").asText().equals(name)) {
                    return field.path("value").asText();
                }
            }
            throw new AssertionError("no field '" + name + "' in " + embed());
        }
    }
}
