package app.footnote.chat.discord.round;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.DiscordWorkers;
import app.footnote.game.GameEnded;
import app.footnote.game.GameRoundStarted;
import app.footnote.game.GameStandings;
import app.footnote.game.RoundView;
import app.footnote.game.StandingsShown;

/**
 * A Discord game's next question, posted in its channel when the pause after a reveal is over (and remembered, so its
 * reveal can close its buttons); after the last, the final standings.
 */
@ApplicationScoped
class PostGameRound {

    private static final Logger LOG = Logger.getLogger(PostGameRound.class);

    private final DiscordConnection connection;
    private final DiscordWorkers workers;
    private final ChannelMessages channelMessages;
    private final PostRound postRound;
    private final StandingsShown standingsShown;

    PostGameRound(DiscordConnection connection, DiscordWorkers workers, ChannelMessages channelMessages,
            PostRound postRound, StandingsShown standingsShown) {
        this.connection = connection;
        this.workers = workers;
        this.channelMessages = channelMessages;
        this.postRound = postRound;
        this.standingsShown = standingsShown;
    }

    void onRoundStarted(@Observes GameRoundStarted event) {
        RoundView round = event.round();
        postRound.post(round, RoundMessages.question(round), "round " + round.id() + " of a game");
    }

    void onEnded(@Observes GameEnded event) {
        GameStandings standings = event.standings();
        connection.apiFor(standings.game().origin(), standings.game().guildId()).ifPresent(api -> CompletableFuture
                .supplyAsync(() -> channelMessages.send(api, standings.game().channelId(),
                        RoundMessages.standings(standings)), workers)
                .thenCompose(sent -> sent)
                .thenAcceptAsync(message -> {
                    if (message != null) {
                        standingsShown.record(standings.game().id());
                    }
                }, workers)
                .exceptionally(error -> {
                    LOG.errorf(error, "Could not post the standings of game %d", standings.game().id());
                    return null;
                }));
    }
}
