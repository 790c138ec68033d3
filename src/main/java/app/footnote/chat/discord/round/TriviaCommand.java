package app.footnote.chat.discord.round;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
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
import app.footnote.game.AnswerMode;
import app.footnote.game.GameConfig;
import app.footnote.game.GameView;
import app.footnote.game.NewsWindow;
import app.footnote.game.Origin;
import app.footnote.game.RoundView;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;

/**
 * {@code /trivia [category] [difficulty] [questions] [news] [mode]}: opens a round in the channel, with one button per
 * choice (or with {@code mode:typed} one Answer button that opens a form to type the answer); with several questions,
 * a game of that many rounds back to back; with news, only questions from that window's news (each round of a game
 * too).
 */
@ApplicationScoped
class TriviaCommand implements SlashCommandHandler, OptionCompleter {

    static final String NAME = "trivia";
    static final String CATEGORY = CommandOptions.CATEGORY;
    static final String NEWS = CommandOptions.NEWS;
    static final String DIFFICULTY = CommandOptions.DIFFICULTY;
    static final String QUESTIONS = CommandOptions.QUESTIONS;
    static final String MODE = CommandOptions.MODE;

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
                        "Only questions of this difficulty", false, difficulties),
                SlashCommandOption.createLongOption(QUESTIONS, "How many questions to play back to back (default 1)",
                        false, GameConfig.MIN_GAME_QUESTIONS, GameConfig.MAX_GAME_QUESTIONS),
                SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, NEWS,
                        "Only questions from articles published today, this week or this month", false,
                        Arrays.stream(NewsWindow.values())
                                .map(w -> SlashCommandOptionChoice.create(w.label(), w.label())).toList()),
                SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, MODE,
                        "Answer with buttons (default) or by typing the answer", false,
                        Arrays.stream(AnswerMode.values())
                                .map(m -> SlashCommandOptionChoice.create(m.label(), m.label())).toList())))
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
        OptionValue<Integer> questions = CommandOptions.questions(
                interaction.getArgumentLongValueByName(QUESTIONS).orElse(null));
        if (questions.isRefused()) {
            return DiscordReply.privately(DiscordText.TEXTS.refused(questions.refusal()));
        }
        OptionValue<NewsWindow> news = CommandOptions.news(interaction.getArgumentStringValueByName(NEWS)
                .orElse(null));
        if (news.isRefused()) {
            return DiscordReply.privately(DiscordText.TEXTS.refused(news.refusal()));
        }
        OptionValue<AnswerMode> mode = CommandOptions.mode(interaction.getArgumentStringValueByName(MODE)
                .orElse(null));
        if (mode.isRefused()) {
            return DiscordReply.privately(DiscordText.TEXTS.refused(mode.refusal()));
        }
        String channelId = interaction.getChannel().orElseThrow().getIdAsString();
        User user = interaction.getUser();
        StartOutcome outcome = startRound.start(StartRequest.in(Origin.DISCORD, server.getIdAsString(), channelId)
                .by(user.getIdAsString(), AnswerButton.displayName(user, server)).category(category)
                .difficulty(difficulty.value()).news(news.value()).questions(questions.value()).mode(mode.value()));
        if (outcome instanceof StartOutcome.Started started) {
            long roundId = started.round().id();
            DiscordReply question = RoundMessages.question(started.round());
            return (started.fewerThanAsked() ? question.prefixed(DiscordText.TEXTS.fewerQuestions(started)) : question)
                    .whenSent(message -> roundPosts.record(roundId, channelId, message.getIdAsString()));
        } else if (outcome instanceof StartOutcome.AlreadyOpen open) {
            return DiscordReply.privately(alreadyOpen(open.round()));
        } else if (outcome instanceof StartOutcome.GameRunning running) {
            return DiscordReply.privately(gameRunning(running.game()));
        }
        return DiscordReply.privately(DiscordText.TEXTS.nothingMatches((StartOutcome.NothingMatches) outcome));
    }

    private String alreadyOpen(RoundView round) {
        return link(round.id(), round.guildId(), "A round") + " is already open in this channel; it closes "
                + RoundMessages.countdown(round.closesAt()) + ". Answer it first.";
    }

    private String gameRunning(GameView game) {
        return DiscordText.TEXTS.gameRunning(link(game.latestRoundId(), game.guildId(), "A game"), game);
    }

    /** {@code text} as a link to the message that shows the round, when it is known. */
    private String link(long roundId, String guildId, String text) {
        return roundPosts.find(roundId).map(post -> "[" + text + "](https://discord.com/channels/" + guildId + "/"
                + post.channelId + "/" + post.messageId + ")").orElse(text);
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
