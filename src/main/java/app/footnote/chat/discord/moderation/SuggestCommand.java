package app.footnote.chat.discord.moderation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOption;

import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.FirstResponse;
import app.footnote.chat.discord.SlashCommandHandler;
import app.footnote.moderation.Drafts;
import app.footnote.moderation.QuestionDraft.Kind;

/**
 * {@code /trivia-suggest [category] [difficulty]}: any member proposes a question in a form; once it passes the bank's
 * rules it waits in the moderators' review queue. Its own command, because a Discord command with subcommands can no
 * longer be run on its own, and {@code /trivia} must stay one word.
 */
@ApplicationScoped
class SuggestCommand implements SlashCommandHandler {

    static final String NAME = "trivia-suggest";
    static final String DEFAULT_CATEGORY = "community";

    private final Drafts drafts;

    SuggestCommand(Drafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandBuilder declaration() {
        return SlashCommand.with(NAME, "Suggest a trivia question for this server; moderators review it.", List.of(
                SlashCommandOption.createStringOption(QuestionAdmin.CATEGORY, "A kebab-case category (default "
                        + DEFAULT_CATEGORY + ")", false, true),
                QuestionAdmin.difficulty())).setEnabledInDms(false);
    }

    @Override
    public boolean opensModal(SlashCommandInteraction interaction) {
        return true;
    }

    @Override
    public FirstResponse openModal(SlashCommandInteraction interaction, Server server) {
        String category = interaction.getArgumentStringValueByName(QuestionAdmin.CATEGORY).map(String::strip)
                .orElse(DEFAULT_CATEGORY);
        String difficulty = interaction.getArgumentStringValueByName(QuestionAdmin.DIFFICULTY)
                .orElse(QuestionAdmin.DEFAULT_DIFFICULTY);
        // Refused before the form opens, so nobody types a question that cannot be taken.
        return Refusals.orElse(() -> {
            drafts.checkSuggestionAllowed(server.getIdAsString(), interaction.getUser().getIdAsString());
            return DraftFlow.newQuestion(Kind.SUGGESTION, category, difficulty);
        }, FirstResponse::reply);
    }

    @Override
    public DiscordReply handle(SlashCommandInteraction interaction, Server server) {
        throw new UnsupportedOperationException("/" + NAME + " always opens a form");
    }
}
