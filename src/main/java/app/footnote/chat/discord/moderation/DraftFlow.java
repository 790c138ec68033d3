package app.footnote.chat.discord.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.HighLevelComponent;
import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.MessageComponentInteraction;
import org.javacord.api.interaction.ModalInteraction;

import app.footnote.bank.BankValidator;
import app.footnote.chat.discord.ComponentHandler;
import app.footnote.chat.discord.ComponentId;
import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordModal;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.FirstResponse;
import app.footnote.chat.discord.FormHandler;
import app.footnote.moderation.Actor;
import app.footnote.moderation.DraftOutcome;
import app.footnote.moderation.Drafts;
import app.footnote.moderation.QuestionDraft.Kind;
import app.footnote.moderation.QuestionForm;
import app.footnote.moderation.ServerQuestion;

/**
 * A question typed into Discord's form: a moderator's add or edit, or a member's suggestion. The submission is checked
 * with the bank's rules and shown back; a moderator saves it with a button, a valid suggestion goes to the review
 * queue, and anything that does not pass can be fixed in the form again, prefilled with what was typed.
 */
@ApplicationScoped
class DraftFlow implements ComponentHandler, FormHandler {

    static final String FORM = "q";
    static final String BUTTONS = "draft";
    static final String SAVE = "save";
    static final String FIX = "fix";
    static final String DISCARD = "discard";
    static final String PROMPT = "prompt";
    static final String ANSWER = "answer";
    static final String WRONG = "wrong";
    static final String EXPLANATION = "explanation";
    static final String SOURCES = "sources";

    private final Drafts drafts;
    private final Moderators moderators;

    DraftFlow(Drafts drafts, Moderators moderators) {
        this.drafts = drafts;
        this.moderators = moderators;
    }

    @Override
    public String kind() {
        return BUTTONS;
    }

    @Override
    public String formKind() {
        return FORM;
    }

    @Override
    public boolean opensModal(ComponentId id) {
        return id.part(0).filter(FIX::equals).isPresent();
    }

    /**
     * The form for a new question or suggestion; category and difficulty travel in its id, so a category the bank
     * would refuse (which could also overflow the id) is refused before the form opens.
     */
    static FirstResponse newQuestion(Kind kind, String category, String difficulty) {
        String title = kind == Kind.SUGGESTION ? "Suggest a question" : "Add a question";
        return badCategory(category).orElseGet(() -> FirstResponse.modal(form(ComponentId.of(FORM,
                kind.name().toLowerCase(Locale.ROOT), difficulty, category), title, null)));
    }

    /** The form has no category field, so a bad one is said at once rather than as a problem nobody can fix. */
    private static Optional<FirstResponse> badCategory(String category) {
        if (category == null || BankValidator.KEBAB_CASE.matcher(category).matches()
                && category.length() <= BankValidator.MAX_CATEGORY_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(FirstResponse.reply(DiscordReply.privately("category must be kebab-case, at most "
                + BankValidator.MAX_CATEGORY_LENGTH + " characters, e.g. `production`, not `"
                + DiscordText.escape(category) + "`.")));
    }

    /** The form again, prefilled with a draft, to change it. */
    static DiscordModal fixing(DraftOutcome draft) {
        String title = draft.draft().kind() == Kind.EDIT ? "Edit " + draft.question().category() + " question"
                : "Fix your question";
        return form(ComponentId.of(FORM, FIX, draft.draft().id()), title, QuestionForm.of(draft.question()));
    }

    /** Opens the edit form on a draft of the question as it stands. */
    FirstResponse openEdit(InteractionBase interaction, Server server, String id, String category,
            String difficulty) {
        return badCategory(category)
                .orElseGet(() -> firstResponse(() -> FirstResponse.modal(fixing(drafts.openEdit(server.getIdAsString(),
                        channelOf(interaction), interaction.getUser().getIdAsString(), displayName(interaction, server),
                        id,
                        category, difficulty)))));
    }

    /** A "fix" button: the form again with the draft's text. */
    @Override
    public FirstResponse openModal(MessageComponentInteraction interaction, Server server, ComponentId id) {
        long draftId = draftIdIn(id);
        return firstResponse(() -> FirstResponse.modal(fixing(drafts.show(draftId, server.getIdAsString(),
                interaction.getUser().getIdAsString()))));
    }

    @Override
    public DiscordReply submit(ModalInteraction interaction, Server server, ComponentId id) {
        String action = id.part(0).orElseThrow();
        QuestionForm form = new QuestionForm(value(interaction, PROMPT), value(interaction, ANSWER),
                value(interaction, WRONG), value(interaction, EXPLANATION), value(interaction, SOURCES));
        String guildId = server.getIdAsString();
        String userId = interaction.getUser().getIdAsString();
        return Refusals.privatelyIfRefused(() -> {
            if (action.equals(FIX)) {
                return shown(drafts.fix(draftIdIn(id), guildId, userId, form));
            }
            Kind kind = Kind.valueOf(action.toUpperCase(Locale.ROOT));
            if (kind != Kind.SUGGESTION && !moderators.mayModerate(server, interaction.getUser())) {
                return DiscordReply.privately(Moderators.REFUSAL);
            }
            return shown(drafts.open(kind, guildId, channelOf(interaction), userId,
                    displayName(interaction, server),
                    form.toQuestion(id.part(2).orElseThrow(), id.part(1).orElseThrow())));
        });
    }

    @Override
    public DiscordReply handle(MessageComponentInteraction interaction, Server server, ComponentId id) {
        String action = id.part(0).orElseThrow();
        long draftId = draftIdIn(id);
        String guildId = server.getIdAsString();
        String userId = interaction.getUser().getIdAsString();
        return Refusals.privatelyIfRefused(() -> {
            if (action.equals(DISCARD)) {
                drafts.discard(draftId, guildId, userId);
                return DiscordReply.privately("Discarded. Nothing was changed.");
            }
            if (!moderators.mayModerate(server, interaction.getUser())) {
                return DiscordReply.privately(Moderators.REFUSAL);
            }
            ServerQuestion saved = drafts.confirm(draftId, guildId, userId,
                    Actor.discordUser(userId));
            return DiscordReply.privately(QuestionEmbeds.of("Saved as " + saved.id(),
                    saved.content()).color(DiscordEmbed.RIGHT_GREEN)
                    .footer("In play on this server from the next round. /trivia-admin show id:"
                            + saved.id()));
        });
    }

    /** The draft shown back: what passed and can be saved, or what is wrong, with the buttons that fit. */
    private static DiscordReply shown(DraftOutcome outcome) {
        long id = outcome.draft().id();
        boolean suggestion = outcome.draft().kind() == Kind.SUGGESTION;
        if (suggestion && outcome.valid()) {
            return DiscordReply.privately(QuestionEmbeds.of("Thanks! Your suggestion waits for the moderators",
                    outcome.question()).footer("You will be told here when it is approved."));
        }
        DiscordEmbed embed = QuestionEmbeds.of(outcome.valid() ? "Check the question, then save it"
                : "The question does not pass yet", outcome.question());
        List<Button> buttons = new ArrayList<>();
        if (outcome.valid()) {
            buttons.add(Button.success(ComponentId.of(BUTTONS, SAVE, id).text(), "Save"));
        } else {
            QuestionEmbeds.withProblems(embed, outcome.problems());
        }
        buttons.add(Button.primary(ComponentId.of(BUTTONS, FIX, id).text(), outcome.valid() ? "Change" : "Fix"));
        buttons.add(Button.secondary(ComponentId.of(BUTTONS, DISCARD, id).text(), "Discard"));
        return DiscordReply.privately(embed).withComponents(List.<HighLevelComponent>of(ActionRow.of(
                buttons.toArray(Button[]::new))));
    }

    private static DiscordModal form(ComponentId id, String title, QuestionForm values) {
        QuestionForm v = values == null ? new QuestionForm(null, null, null, null, null) : values;
        return new DiscordModal(id.text(), title, List.of(
                DiscordModal.input(PROMPT, "Question", true, BankValidator.MAX_PROMPT_LENGTH, true, null, v.prompt()),
                DiscordModal.input(ANSWER, "Right answer", false, BankValidator.MAX_CHOICE_LENGTH, true, null,
                        v.answer()),
                DiscordModal.input(WRONG, "Wrong answers, one per line (3 or more)", true, DiscordModal.INPUT_VALUE,
                        true, null, v.wrong()),
                DiscordModal.input(EXPLANATION, "Explanation, in your own words", true,
                        BankValidator.MAX_EXPLANATION_LENGTH, true, null, v.explanation()),
                DiscordModal.input(SOURCES, "Source: article id or link, quote below", true,
                        DiscordModal.INPUT_VALUE, true, "000_5fea22154b954d84\nThe sentence, copied word for word",
                        v.sources())));
    }

    private static FirstResponse firstResponse(Supplier<FirstResponse> work) {
        return Refusals.orElse(work, FirstResponse::reply);
    }

    static String displayName(InteractionBase interaction, Server server) {
        return DiscordText.shorten(interaction.getUser().getDisplayName(server), 100);
    }

    private static String channelOf(InteractionBase interaction) {
        return interaction.getChannel().map(channel -> channel.getIdAsString()).orElse(null);
    }

    /** Every draft button and the fix form end in the draft's id. */
    private static long draftIdIn(ComponentId id) {
        return Long.parseLong(id.parts().get(id.parts().size() - 1));
    }

    private static String value(ModalInteraction interaction, String field) {
        return interaction.getTextInputValueByCustomId(field).orElse(null);
    }
}
