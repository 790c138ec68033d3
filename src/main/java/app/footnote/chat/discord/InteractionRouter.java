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
import org.javacord.api.interaction.SlashCommandInteraction;

/** Listens to Discord's interactions and hands each to its command or button, off Javacord's threads. */
@ApplicationScoped
class InteractionRouter {

    static final String SERVERS_ONLY = "Footnote's commands work in servers, not in direct messages.";
    static final String UNKNOWN = "Footnote does not know this command or button any more.";

    private final Map<String, SlashCommandHandler> commands;
    private final AnswerButton answerButton;
    private final TriviaCommand triviaCommand;
    private final Responses responses;
    private final DiscordWorkers workers;

    InteractionRouter(Instance<SlashCommandHandler> handlers, AnswerButton answerButton, TriviaCommand triviaCommand,
            Responses responses, DiscordWorkers workers) {
        this.commands = handlers.stream().collect(Collectors.toMap(SlashCommandHandler::name, Function.identity()));
        this.answerButton = answerButton;
        this.triviaCommand = triviaCommand;
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
    }

    CompletableFuture<Void> onSlashCommand(SlashCommandInteraction interaction) {
        SlashCommandHandler handler = commands.get(interaction.getCommandName());
        Optional<Server> server = interaction.getServer();
        if (handler == null || server.isEmpty()) {
            return responses.replyNow(interaction, DiscordReply.privately(handler == null ? UNKNOWN : SERVERS_ONLY));
        }
        return responses.deferThenReply(interaction, handler.ephemeral(),
                () -> handler.handle(interaction, server.get()));
    }

    CompletableFuture<Void> onComponent(MessageComponentInteraction interaction) {
        Optional<Server> server = interaction.getServer();
        if (!AnswerButton.handles(interaction.getCustomId()) || server.isEmpty()) {
            return responses.replyNow(interaction, DiscordReply.privately(UNKNOWN));
        }
        return responses.deferThenReply(interaction, true, () -> answerButton.handle(interaction, server.get()));
    }

    /** Autocomplete cannot be deferred: the choices are worked out on a worker and sent as soon as they are known. */
    CompletableFuture<Void> onAutocomplete(AutocompleteInteraction interaction) {
        String typed = interaction.getFocusedOption().getStringValue().orElse("");
        return CompletableFuture.supplyAsync(() -> triviaCommand.categoryChoices(typed), workers)
                .thenCompose(interaction::respondWithChoices).exceptionally(error -> {
                    Responses.logFailure(interaction, error);
                    return null;
                });
    }
}
