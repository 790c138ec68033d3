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

import app.footnote.moderation.ServerQuestions;

/** Listens to Discord's interactions and hands each to its command or button, off Javacord's threads. */
@ApplicationScoped
class InteractionRouter {

    static final String SERVERS_ONLY = "Footnote's commands work in servers, not in direct messages.";
    static final String UNKNOWN = "Footnote does not know this command or button any more.";

    private final Map<String, SlashCommandHandler> commands;
    private final AnswerButton answerButton;
    private final TriviaCommand triviaCommand;
    private final DraftFlow draftFlow;
    private final ReviewAdmin reviewAdmin;
    private final ServerQuestions serverQuestions;
    private final Responses responses;
    private final DiscordWorkers workers;

    InteractionRouter(Instance<SlashCommandHandler> handlers, AnswerButton answerButton, TriviaCommand triviaCommand,
            DraftFlow draftFlow, ReviewAdmin reviewAdmin, ServerQuestions serverQuestions, Responses responses,
            DiscordWorkers workers) {
        this.commands = handlers.stream().collect(Collectors.toMap(SlashCommandHandler::name, Function.identity()));
        this.answerButton = answerButton;
        this.triviaCommand = triviaCommand;
        this.draftFlow = draftFlow;
        this.reviewAdmin = reviewAdmin;
        this.serverQuestions = serverQuestions;
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
        String id = interaction.getCustomId();
        if (server.isEmpty()) {
            return responses.replyNow(interaction, DiscordReply.privately(UNKNOWN));
        }
        if (AnswerButton.handles(id)) {
            return responses.deferThenReply(interaction, true, () -> answerButton.handle(interaction, server.get()));
        }
        if (DraftFlow.opensModal(id)) {
            return responses.modalOrReply(interaction, () -> draftFlow.openFix(interaction, server.get()));
        }
        if (DraftFlow.handlesButton(id)) {
            return responses.deferThenReply(interaction, true, () -> draftFlow.onButton(interaction, server.get()));
        }
        if (ReviewAdmin.handles(id)) {
            return responses.deferThenReply(interaction, true, () -> reviewAdmin.onButton(interaction, server.get()));
        }
        return responses.replyNow(interaction, DiscordReply.privately(UNKNOWN));
    }

    CompletableFuture<Void> onModal(ModalInteraction interaction) {
        Optional<Server> server = interaction.getServer();
        if (server.isEmpty() || !DraftFlow.handlesModal(interaction.getCustomId())) {
            return responses.replyNow(interaction, DiscordReply.privately(UNKNOWN));
        }
        return responses.deferThenReply(interaction, true, () -> draftFlow.onSubmit(interaction, server.get()));
    }

    /** Autocomplete cannot be deferred: the choices are worked out on a worker and sent as soon as they are known. */
    CompletableFuture<Void> onAutocomplete(AutocompleteInteraction interaction) {
        String typed = interaction.getFocusedOption().getStringValue().orElse("");
        String option = interaction.getFocusedOption().getName();
        String guildId = interaction.getServer().map(Server::getIdAsString).orElse(null);
        return CompletableFuture.supplyAsync(() -> guildId == null ? List.<SlashCommandOptionChoice> of()
                : option.equals(QuestionAdmin.ID) ? questionIds(guildId, typed)
                        : triviaCommand.categoryChoices(guildId, typed), workers)
                .thenCompose(interaction::respondWithChoices).exceptionally(error -> {
                    Responses.logFailure(interaction, error);
                    return null;
                });
    }

    private List<SlashCommandOptionChoice> questionIds(String guildId, String typed) {
        return serverQuestions.idsMatching(guildId, typed.strip(), DiscordText.AUTOCOMPLETE_CHOICES).stream()
                .filter(id -> id.length() <= DiscordText.CHOICE_NAME).map(id -> SlashCommandOptionChoice.create(id, id))
                .toList();
    }
}
