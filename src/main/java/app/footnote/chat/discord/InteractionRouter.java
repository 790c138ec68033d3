package app.footnote.chat.discord;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.MessageComponentInteraction;
import org.javacord.api.interaction.ModalInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOptionChoice;

/** Listens to Discord's interactions and hands each to its command, button or form, off Javacord's threads. */
@ApplicationScoped
public class InteractionRouter {

    public static final String SERVERS_ONLY = "Footnote's commands work in servers, not in direct messages.";
    static final String UNKNOWN = "Footnote does not know this command or button any more.";

    private final Map<String, SlashCommandHandler> commands;
    private final Map<String, ComponentHandler> buttons;
    private final Map<String, FormHandler> forms;
    private final Map<String, OptionCompleter> completers;
    private final Responses responses;
    private final DiscordWorkers workers;

    InteractionRouter(Instance<SlashCommandHandler> handlers, Instance<ComponentHandler> buttons,
            Instance<FormHandler> forms, Instance<OptionCompleter> completers, Responses responses,
            DiscordWorkers workers) {
        this.commands = handlers.stream().collect(Collectors.toMap(SlashCommandHandler::name, Function.identity()));
        this.buttons = buttons.stream().collect(Collectors.toMap(ComponentHandler::kind, Function.identity()));
        this.forms = forms.stream().collect(Collectors.toMap(FormHandler::formKind, Function.identity()));
        this.completers = completers.stream().collect(Collectors.toMap(OptionCompleter::option,
                Function.identity()));
        this.responses = responses;
        this.workers = workers;
    }

    List<SlashCommandHandler> commands() {
        return List.copyOf(commands.values());
    }

    void attach(DiscordApi api) {
        api.addSlashCommandCreateListener(event -> onSlashCommand(event.getSlashCommandInteraction()));
        api.addMessageComponentCreateListener(event -> onComponent(event.getMessageComponentInteraction()));
        api.addAutocompleteCreateListener(event -> onAutocomplete(event.getAutocompleteInteraction()));
        api.addModalSubmitListener(event -> onModal(event.getModalInteraction()));
    }

    CompletableFuture<Void> onSlashCommand(SlashCommandInteraction interaction) {
        SlashCommandHandler handler = commands.get(interaction.getCommandName());
        Optional<Server> server = interaction.getServer();
        if (handler == null || server.isEmpty()) {
            return responses.replyNow(interaction, DiscordReply.privately(handler == null ? UNKNOWN : SERVERS_ONLY));
        }
        if (handler.opensModal(interaction)) {
            return responses.modalOrReply(interaction, () -> handler.openModal(interaction, server.get()));
        }
        return responses.deferThenReply(interaction, handler.ephemeral(),
                () -> handler.handle(interaction, server.get()));
    }

    CompletableFuture<Void> onComponent(MessageComponentInteraction interaction) {
        Optional<Server> server = interaction.getServer();
        ComponentId id = ComponentId.parse(interaction.getCustomId());
        ComponentHandler handler = buttons.get(id.kind());
        if (server.isEmpty() || handler == null) {
            return responses.replyNow(interaction, DiscordReply.privately(UNKNOWN));
        }
        if (handler.opensModal(id)) {
            return responses.modalOrReply(interaction, () -> handler.openModal(interaction, server.get(), id));
        }
        return responses.deferThenReply(interaction, true, () -> handler.handle(interaction, server.get(), id));
    }

    CompletableFuture<Void> onModal(ModalInteraction interaction) {
        Optional<Server> server = interaction.getServer();
        ComponentId id = ComponentId.parse(interaction.getCustomId());
        FormHandler handler = forms.get(id.kind());
        if (server.isEmpty() || handler == null) {
            return responses.replyNow(interaction, DiscordReply.privately(UNKNOWN));
        }
        return responses.deferThenReply(interaction, true, () -> handler.submit(interaction, server.get(), id));
    }

    /** Autocomplete cannot be deferred: the choices are worked out on a worker and sent as soon as they are known. */
    public CompletableFuture<Void> onAutocomplete(AutocompleteInteraction interaction) {
        String typed = interaction.getFocusedOption().getStringValue().orElse("");
        OptionCompleter completer = completers.get(interaction.getFocusedOption().getName());
        String guildId = interaction.getServer().map(Server::getIdAsString).orElse(null);
        return CompletableFuture.supplyAsync(() -> guildId == null || completer == null
                ? List.<SlashCommandOptionChoice>of() : completer.choices(guildId, typed), workers)
                .thenCompose(interaction::respondWithChoices).exceptionally(error -> {
                    Responses.logFailure(interaction, error);
                    return null;
                });
    }
}
