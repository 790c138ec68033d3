package app.footnote.chat.discord.daily;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import app.footnote.chat.discord.round.PostRound;
import app.footnote.chat.discord.round.RoundMessages;
import app.footnote.daily.DailyPosted;
import app.footnote.game.RoundView;

/**
 * Sends a server's daily question to its channel. The scheduler only hands the message over: sending runs on the
 * workers and Javacord queues it within Discord's rate limits, so many servers due in one minute never hold the job.
 */
@ApplicationScoped
class PostDaily {

    private final PostRound postRound;

    PostDaily(PostRound postRound) {
        this.postRound = postRound;
    }

    void onPosted(@Observes DailyPosted event) {
        RoundView round = event.round();
        postRound.post(round, RoundMessages.question(round, RoundMessages.DAILY_TITLE),
                "the daily question of server " + round.guildId());
    }
}
