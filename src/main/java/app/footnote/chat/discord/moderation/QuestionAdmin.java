package app.footnote.chat.discord.moderation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.Attachment;
import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;

import app.footnote.bank.Difficulty;
import app.footnote.bank.ImportResult;
import app.footnote.bank.InvalidBankException;
import app.footnote.bank.generate.Generation;
import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.FirstResponse;
import app.footnote.chat.discord.OptionCompleter;
import app.footnote.moderation.Actor;
import app.footnote.moderation.GeneratedDrafts;
import app.footnote.moderation.QuestionDraft.Kind;
import app.footnote.moderation.ServerQuestion;
import app.footnote.moderation.ServerQuestionFiles;
import app.footnote.moderation.ServerQuestions;
import app.footnote.news.GenerateFromLink;

/**
 * {@code /trivia-admin add|edit|retire|restore|show|import|export|generate}: a server's questions. Retiring a
 * shared question switches it off for this server only; the bank's files own it.
 */
@ApplicationScoped
class QuestionAdmin implements OptionCompleter {

    static final String ADD = "add";
    static final String EDIT = "edit";
    static final String RETIRE = "retire";
    static final String RESTORE = "restore";
    static final String SHOW = "show";
    static final String IMPORT = "import";
    static final String EXPORT = "export";
    static final String GENERATE = "generate";
    static final String ID = "id";
    static final String CATEGORY = "category";
    static final String DIFFICULTY = "difficulty";
    static final String FILE = "file";
    static final String URL = "url";
    static final String DEFAULT_DIFFICULTY = Difficulty.MEDIUM.label();
    private static final int DOWNLOAD_SECONDS = 30;

    private final ServerQuestions serverQuestions;
    private final ServerQuestionFiles files;
    private final DraftFlow draftFlow;
    private final GeneratedDrafts generatedDrafts;
    private final GenerateFromLink generateFromLink;

    QuestionAdmin(ServerQuestions serverQuestions, ServerQuestionFiles files, DraftFlow draftFlow,
            GeneratedDrafts generatedDrafts, GenerateFromLink generateFromLink) {
        this.generatedDrafts = generatedDrafts;
        this.generateFromLink = generateFromLink;
        this.serverQuestions = serverQuestions;
        this.files = files;
        this.draftFlow = draftFlow;
    }

    static List<SlashCommandOption> declarations() {
        return List.of(
                SlashCommandOption.createSubcommand(ADD, "Add a question of this server's own, in a form.",
                        List.of(category(true), difficulty())),
                SlashCommandOption.createSubcommand(EDIT, "Change one of this server's own questions, in a form.",
                        List.of(id(), category(false), difficulty())),
                SlashCommandOption.createSubcommand(RETIRE,
                        "Take a question out of this server's rounds (a shared one is switched off here).",
                        List.of(id())),
                SlashCommandOption.createSubcommand(RESTORE, "Put a retired or switched-off question back in play.",
                        List.of(id())),
                SlashCommandOption.createSubcommand(SHOW, "Show a question with its answer, sources and changes.",
                        List.of(id())),
                SlashCommandOption.createSubcommand(IMPORT,
                        "Add or update this server's questions from a YAML file in the bank format (max 1 MB).",
                        List.of(SlashCommandOption.createAttachmentOption(FILE, "The .yaml file", true))),
                SlashCommandOption.createSubcommand(EXPORT, "This server's own questions as a YAML file."),
                SlashCommandOption.createSubcommand(GENERATE,
                        "Propose questions from an article (its link, or a .txt file) for /trivia-admin review.",
                        List.of(SlashCommandOption.createStringOption(URL, "The article's link (http or https)",
                                false),
                                SlashCommandOption.createAttachmentOption(FILE, "Or the article as a .txt file",
                                        false))));
    }

    /** Whether this subcommand answers with a form, which must come before any deferral. */
    static boolean opensModal(String subcommand) {
        return subcommand.equals(ADD) || subcommand.equals(EDIT);
    }

    static boolean handles(String subcommand) {
        return List.of(ADD, EDIT, RETIRE, RESTORE, SHOW, IMPORT, EXPORT, GENERATE).contains(subcommand);
    }

    FirstResponse openModal(String subcommand, SlashCommandInteraction interaction, Server server) {
        Optional<String> category = interaction.getArgumentStringValueByName(CATEGORY).map(String::strip);
        Optional<String> difficulty = interaction.getArgumentStringValueByName(DIFFICULTY);
        if (subcommand.equals(ADD)) {
            return DraftFlow.newQuestion(Kind.ADD, category.orElseThrow(), difficulty.orElse(DEFAULT_DIFFICULTY));
        }
        return draftFlow.openEdit(interaction, server, idOf(interaction), category.orElse(null),
                difficulty.orElse(null));
    }

    DiscordReply handle(String subcommand, SlashCommandInteraction interaction, Server server) {
        String guildId = server.getIdAsString();
        Actor actor = Actor.discordUser(interaction.getUser().getIdAsString());
        return Refusals.privatelyIfRefused(() -> switch (subcommand) {
            case RETIRE -> changed(serverQuestions.retire(guildId, idOf(interaction), actor));
            case RESTORE -> changed(serverQuestions.restore(guildId, idOf(interaction), actor));
            case SHOW -> {
                ServerQuestion found = serverQuestions.find(guildId, idOf(interaction));
                yield DiscordReply.privately(QuestionEmbeds.of(found, serverQuestions.history(guildId, found)));
            }
            case IMPORT -> importFile(guildId, interaction.getArgumentAttachmentValueByName(FILE).orElseThrow(),
                    actor);
            case GENERATE -> generate(guildId, interaction, actor, interaction.getUser().getDisplayName(server));
            case EXPORT -> {
                byte[] yaml = files.exportYaml(guildId).getBytes(StandardCharsets.UTF_8);
                yield DiscordReply.privately("This server's own questions, in the bank's format. Edit the file and"
                        + " bring it back with `/trivia-admin import`.").withFile("footnote-questions-" + guildId
                                + ".yaml", yaml);
            }
            default -> throw new IllegalArgumentException(subcommand);
        });
    }

    private DiscordReply importFile(String guildId, Attachment attachment, Actor actor) {
        String name = attachment.getFileName();
        byte[] content = download(attachment);
        try {
            ImportResult result = files.importYaml(guildId, name, content, actor);
            DiscordEmbed embed = new DiscordEmbed("Imported " + name).color(DiscordEmbed.RIGHT_GREEN)
                    .field("New", String.valueOf(result.inserted()), true)
                    .field("Updated", String.valueOf(result.updated()), true)
                    .field("Unchanged", String.valueOf(result.unchanged()), true);
            if (result.queued() > 0) {
                embed.field("Drafts queued for `/trivia-admin review`", String.valueOf(result.queued()), true);
            }
            if (result.overLimit() > 0) {
                embed.field("Drafts not queued (queue full)", result.overLimit() + ": import the file again once"
                        + " the queue has room; what waits already is not queued twice", false);
            }
            return DiscordReply.privately(embed);
        } catch (InvalidBankException e) {
            // The embed shows what fits; the attached report has every problem.
            return DiscordReply.privately(new DiscordEmbed("Nothing was imported").color(DiscordEmbed.TROUBLE_RED)
                    .description(DiscordText.escape(e.getMessage()))).withFile("problems.txt",
                            e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
    }

    private DiscordReply generate(String guildId, SlashCommandInteraction interaction, Actor actor,
            String displayName) {
        Optional<String> link = interaction.getArgumentStringValueByName(URL).map(String::strip)
                .filter(u -> !u.isEmpty());
        Optional<Attachment> attachment = interaction.getArgumentAttachmentValueByName(FILE);
        if (link.isPresent() == attachment.isPresent()) {
            return DiscordReply.privately("Give the article's `url` or its `file`, one of the two: "
                    + (link.isPresent() ? "which of them did you mean?" : "neither was given."));
        }
        String name;
        GeneratedDrafts.Outcome outcome;
        if (link.isPresent()) {
            name = link.get();
            outcome = generateFromLink.generate(guildId, actor, "the generator, for " + displayName, link.get(),
                    GeneratedDrafts.Destination.REVIEW);
        } else {
            name = attachment.get().getFileName();
            String text = new String(download(attachment.get()), StandardCharsets.UTF_8);
            outcome = generatedDrafts.fromArticle(guildId, actor, "the generator, for " + displayName, name, text);
        }
        String report = "Questions proposed from " + name + " (“" + outcome.title() + "”): " + outcome.queued()
                + " queued for review." + (outcome.overLimit() > 0 ? " " + outcome.overLimit() + " more did not fit"
                        + " in the review queue." : "")
                + "\n\n" + Generation.describe(outcome.conflicts(),
                        outcome.skipped());
        DiscordEmbed embed = new DiscordEmbed(outcome.queued() + " question(s) proposed from “"
                + DiscordText.escape(outcome.title()) + "”")
                .color(outcome.queued() > 0 ? DiscordEmbed.RIGHT_GREEN : DiscordEmbed.TROUBLE_RED)
                .description(outcome.queued() > 0 ? "They wait in `/trivia-admin review`: approve the good ones, "
                        + "reject the rest. Each cites the sentence it came from."
                        : outcome.overLimit() > 0 ? "The review queue is full: review what waits, then try again."
                                : outcome.alreadyAsked() > 0
                                        ? "Every question from this article is asked on this server"
                                                + " already, or waits for review."
                                        : "No sentence of this article gave a question that names what it asks; the attached report"
                                                + " says what was left out and why.")
                .field("Not queued (queue full)", String.valueOf(outcome.overLimit()), true)
                .field("Conflicts", String.valueOf(outcome.conflicts().size()), true)
                .field("Left out", String.valueOf(outcome.skipped().size()), true);
        return DiscordReply.privately(embed).withFile("generate-report.txt",
                report.getBytes(StandardCharsets.UTF_8));
    }

    /** The attachment's bytes; its announced size is refused before anything is downloaded. */
    private static byte[] download(Attachment attachment) {
        String name = attachment.getFileName();
        ServerQuestionFiles.checkSize(name, attachment.getSize());
        try {
            return attachment.asByteArray().get(DOWNLOAD_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not download " + name, e);
        }
    }

    private static DiscordReply changed(ServerQuestion question) {
        String id = "`" + question.id() + "`";
        String text = switch (question.status()) {
            case ACTIVE -> id + " is in play on this server.";
            case RETIRED ->
                id + " is retired: no round on this server asks it. `/trivia-admin restore` brings it back.";
            case OFF -> id + " is a shared question, now switched off on this server. `/trivia-admin restore` switches"
                    + " it on again.";
        };
        return DiscordReply.privately(text);
    }

    private static String idOf(SlashCommandInteraction interaction) {
        return interaction.getArgumentStringValueByName(ID).map(String::strip).orElseThrow();
    }

    /** The id option: this server's questions whose ids contain what the moderator has typed. */
    @Override
    public String option() {
        return ID;
    }

    @Override
    public List<SlashCommandOptionChoice> choices(String guildId, String typed) {
        return serverQuestions.idsMatching(guildId, typed.strip(), DiscordText.AUTOCOMPLETE_CHOICES).stream()
                .filter(id -> id.length() <= DiscordText.CHOICE_NAME).map(id -> SlashCommandOptionChoice.create(id, id))
                .toList();
    }

    private static SlashCommandOption id() {
        return SlashCommandOption.createStringOption(ID, "The question's id", true, true);
    }

    private static SlashCommandOption category(boolean required) {
        return SlashCommandOption.createStringOption(CATEGORY, "A kebab-case category, e.g. production", required,
                true);
    }

    static SlashCommandOption difficulty() {
        return SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, DIFFICULTY, "easy, medium or hard",
                false, Arrays.stream(Difficulty.values()).map(d -> SlashCommandOptionChoice.create(d.label(),
                        d.label())).toList());
    }
}
