package app.footnote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.footnote.bank.ImportBankAtStart;
import app.footnote.chat.discord.DiscordLauncher;
import app.footnote.chat.local.LocalPlay;
import app.footnote.daily.PostDailyQuestions;
import app.footnote.db.DurableCommits;
import app.footnote.game.NextGameRound;
import app.footnote.game.RevealRound;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

/**
 * Everything the bot does when it starts, in the one order that works: commits made durable before anything writes;
 * the bank imported, so the game has its questions; Discord connected, so that this process knows its shards and can
 * edit their messages; then the rounds of its servers whose deadline passed while they were down revealed, so
 * yesterday's daily question is closed before today's opens; their games' open questions shown where a crash kept them
 * from it, and their games moved on to the next question; and the daily
 * questions they missed posted. The
 * scheduled jobs wait for all of it (the scheduler starts halted): they would otherwise act for shards not yet
 * connected, or run on a process whose settings stopped it.
 */
@ApplicationScoped
public class StartUp {

    private static final Logger LOG = Logger.getLogger(StartUp.class);

    private final DurableCommits durableCommits;
    private final ImportBankAtStart importBank;
    private final RevealRound revealRound;
    private final NextGameRound nextGameRound;
    private final PostDailyQuestions postDaily;
    private final DiscordLauncher discord;
    private final Scheduler scheduler;
    private final LocalPlay localPlay;
    private final String host;
    private final int port;

    public StartUp(DurableCommits durableCommits, ImportBankAtStart importBank, RevealRound revealRound,
            NextGameRound nextGameRound, PostDailyQuestions postDaily, DiscordLauncher discord, Scheduler scheduler,
            LocalPlay localPlay,
            @ConfigProperty(name = "quarkus.http.host") String host,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.durableCommits = durableCommits;
        this.importBank = importBank;
        this.revealRound = revealRound;
        this.nextGameRound = nextGameRound;
        this.postDaily = postDaily;
        this.discord = discord;
        this.scheduler = scheduler;
        this.localPlay = localPlay;
        this.host = host;
        this.port = port;
    }

    public void onStart(@Observes StartupEvent event) {
        durableCommits.apply();
        importBank.importAtStart();
        if (!discord.connect()) {
            return;
        }
        revealRound.revealDue();
        nextGameRound.announceOpenRounds();
        // Before playDue: the games it ends are posted as they end, and must not be told twice.
        nextGameRound.announceUnshownStandings();
        nextGameRound.playDue();
        postDaily.postDue();
        // Not started at all where the scheduler is off (the tests drive the ticks themselves).
        if (scheduler.isStarted()) {
            scheduler.resume();
        }
        LOG.info(ready(localPlay.enabled(), host, port));
    }

    /** Where to go once the bot is up: the page when local play is on, the health checks and the API. */
    static String ready(boolean localPlay, String host, int port) {
        boolean everywhere = host.equals("0.0.0.0");
        String base = "http://" + (everywhere ? "localhost" : host) + ":" + port;
        return "Footnote is ready: " + (localPlay ? "play at " + base + "/ · " : "") + "health " + base
                + "/q/health · API "
                + base + "/api/bank (every endpoint: " + base + "/q/openapi)"
                + (everywhere ? "; listening on every interface" : "");
    }
}
