package app.footnote.chat.discord.round;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.message.Message;
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
    private final RoundPosts roundPosts;
    private final StandingsShown standingsShown;

    PostGameRound(DiscordConnection connection, DiscordWorkers workers, ChannelMessages channelMessages,
            RoundPosts roundPosts, StandingsShown standingsShown) {
        this.connection = connection;
        this.workers = workers;
        this.channelMessages = channelMessages;
        this.roundPosts = roundPosts;
        this.standingsShown = standingsShown;
    }

    void onRoundStarted(@Observes GameRoundStarted event) {
        RoundView round = event.round();
        connection.apiFor(round.origin(), round.guildId()).ifPresent(api -> CompletableFuture.runAsync(() -> {
            if (roundPosts.find(round.id()).isPresent()) {
                return; // told again at start-up, and posted before the restart
            }
            Message message = channelMessages.send(api, round.channelId(), RoundMessages.question(round)).join();
            if (message != null) {
                roundPosts.record(round.id(), round.channelId(), message.getIdAsString());
            }
        }, workers).exceptionally(error -> {
            LOG.errorf(error, "Could not post round %d of a game in channel %s", round.id(), round.channelId());
            return null;
        }));
    }

    void onEnded(@Observes GameEnded event) {
        GameStandings standings = event.standings();
        Optional<DiscordApi> shard = connection.apiFor(standings.game().origin(), standings.game().guildId());
        shard.ifPresent(api -> CompletableFuture.runAsync(() -> {
            Message message = channelMessages.send(api, standings.game().channelId(),
                    RoundMessages.standings(standings)).join();
            if (message != null) {
                standingsShown.record(standings.game().id());
            }
        }, workers).exceptionally(error -> {
            LOG.errorf(error, "Could not post the standings of game %d", standings.game().id());
            return null;
        }));
    }
}
