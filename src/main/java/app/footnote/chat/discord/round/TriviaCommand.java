package app.footnote.chat.discord.round;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;

import app.footnote.bank.ActiveCategories;
import app.footnote.bank.Difficulty;
import app.footnote.chat.CommandOptions;
import app.footnote.chat.OptionValue;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.OptionCompleter;
import app.footnote.chat.discord.SlashCommandHandler;
import app.footnote.game.Origin;
import app.footnote.game.RoundView;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRound;

/** {@code /trivia [category] [difficulty]}: opens a round in the channel, with one button per choice. */
@ApplicationScoped
class TriviaCommand implements SlashCommandHandler, OptionCompleter {

    static final String NAME = "trivia";
    static final String CATEGORY = CommandOptions.CATEGORY;
    static final String DIFFICULTY = CommandOptions.DIFFICULTY;

    private final StartRound startRound;
    private final ActiveCategories activeCategories;
    private final RoundPosts roundPosts;

    TriviaCommand(StartRound startRound, ActiveCategories activeCategories, RoundPosts roundPosts) {
        this.startRound = startRound;
        this.activeCategories = activeCategories;
        this.roundPosts = roundPosts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandBuilder declaration() {
        List<SlashCommandOptionChoice> difficulties = Arrays.stream(Difficulty.values())
                .map(d -> SlashCommandOptionChoice.create(d.label(), d.label())).toList();
        return SlashCommand.with(NAME, "Start a trivia round in this channel; answer with the buttons.", List.of(
                SlashCommandOption.createStringOption(CATEGORY, "Only questions of this category", false, true),
                SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, DIFFICULTY,
                        "Only questions of this difficulty", false, difficulties)))
                .setEnabledInDms(false);
    }

    @Override
    public DiscordReply handle(SlashCommandInteraction interaction, Server server) {
        String category = CommandOptions.category(interaction.getArgumentStringValueByName(CATEGORY).orElse(null));
        OptionValue<Difficulty> difficulty = CommandOptions.difficulty(
                interaction.getArgumentStringValueByName(DIFFICULTY).orElse(null));
        if (difficulty.isRefused()) {
            return DiscordReply.privately(DiscordText.TEXTS.refused(difficulty.refusal()));
        }
        String channelId = interaction.getChannel().orElseThrow().getIdAsString();
        StartOutcome outcome = startRound.start(Origin.DISCORD, server.getIdAsString(), channelId, category,
                difficulty.value());
        if (outcome instanceof StartOutcome.Started started) {
            long roundId = started.round().id();
            return RoundMessages.question(started.round())
                    .whenSent(message -> roundPosts.record(roundId, channelId, message.getIdAsString()));
        } else if (outcome instanceof StartOutcome.AlreadyOpen open) {
            return DiscordReply.privately(alreadyOpen(open.round()));
        }
        return DiscordReply.privately(DiscordText.TEXTS.nothingMatches((StartOutcome.NothingMatches) outcome));
    }

    private String alreadyOpen(RoundView round) {
        String where = roundPosts.find(round.id()).map(post -> "[A round](https://discord.com/channels/"
                + round.guildId() + "/" + post.channelId + "/" + post.messageId + ")").orElse("A round");
        return where + " is already open in this channel; it closes " + RoundMessages.countdown(round.closesAt())
                + ". Answer it first.";
    }

    /** Every command's category option: the categories in play that contain what the user has typed so far. */
    @Override
    public String option() {
        return CATEGORY;
    }

    @Override
    public List<SlashCommandOptionChoice> choices(String guildId, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return activeCategories.list(guildId).stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(wanted))
                .filter(c -> c.length() <= DiscordText.CHOICE_NAME).limit(DiscordText.AUTOCOMPLETE_CHOICES)
                .map(c -> SlashCommandOptionChoice.create(c, c)).toList();
    }
}
