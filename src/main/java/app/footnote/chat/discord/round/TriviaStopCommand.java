package app.footnote.chat.discord.round;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;

import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.SlashCommandHandler;
import app.footnote.chat.discord.moderation.Moderators;
import app.footnote.game.StopGame;
import app.footnote.game.StopOutcome;

/**
 * {@code /trivia-stop}: the channel's game ends after its current round, with its final standings. Only the player who
 * started it or a moderator may; the others are told who may, and nothing changes.
 */
@ApplicationScoped
class TriviaStopCommand implements SlashCommandHandler {

    static final String NAME = "trivia-stop";
    /** Who, besides its starter, may stop a game on Discord. */
    private static final String MODERATORS = "a moderator (Manage Server or this server's Footnote moderator role)";

    private final StopGame stopGame;
    private final Moderators moderators;

    TriviaStopCommand(StopGame stopGame, Moderators moderators) {
        this.stopGame = stopGame;
        this.moderators = moderators;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandBuilder declaration() {
        return SlashCommand.with(NAME, "End this channel's trivia game after the current question.", List.of())
                .setEnabledInDms(false);
    }

    @Override
    public DiscordReply handle(SlashCommandInteraction interaction, Server server) {
        User user = interaction.getUser();
        String channelId = interaction.getChannel().orElseThrow().getIdAsString();
        StopOutcome outcome = stopGame.stop(server.getIdAsString(), channelId, user.getIdAsString(),
                AnswerButton.displayName(user, server), moderators.mayModerate(server, user));
        if (outcome instanceof StopOutcome.Stopping stopping) {
            return DiscordReply.publicly(new DiscordEmbed("Trivia").description(DiscordText.TEXTS.stopping(stopping)),
                    List.of());
        } else if (outcome instanceof StopOutcome.AlreadyStopping already) {
            // The channel was told once; telling it again would only be noise.
            return DiscordReply.privately(DiscordText.TEXTS.alreadyStopping(already));
        } else if (outcome instanceof StopOutcome.NotAllowed refused) {
            return DiscordReply.privately(DiscordText.TEXTS.stopRefused(refused, MODERATORS));
        }
        return DiscordReply.privately(DiscordText.TEXTS.noGame("/trivia questions:"));
    }
}
