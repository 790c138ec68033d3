package app.footnote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import app.footnote.bank.ImportBankAtStart;
import app.footnote.chat.discord.DiscordLauncher;
import app.footnote.daily.PostDailyQuestions;
import app.footnote.db.DurableCommits;
import app.footnote.game.RevealRound;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

/**
 * Everything the bot does when it starts, in the one order that works: commits made durable before anything writes;
 * the bank imported, so the game has its questions; Discord connected, so that this process knows its shards and can
 * edit their messages; then the rounds of its servers whose deadline passed while they were down revealed, so
 * yesterday's daily question is closed before today's opens; and the daily questions they missed posted. The
 * scheduled jobs wait for all of it (the scheduler starts halted): they would otherwise act for shards not yet
 * connected, or run on a process whose settings stopped it.
 */
@ApplicationScoped
public class StartUp {

    private final DurableCommits durableCommits;
    private final ImportBankAtStart importBank;
    private final RevealRound revealRound;
    private final PostDailyQuestions postDaily;
    private final DiscordLauncher discord;
    private final Scheduler scheduler;

    public StartUp(DurableCommits durableCommits, ImportBankAtStart importBank, RevealRound revealRound,
            PostDailyQuestions postDaily, DiscordLauncher discord, Scheduler scheduler) {
        this.durableCommits = durableCommits;
        this.importBank = importBank;
        this.revealRound = revealRound;
        this.postDaily = postDaily;
        this.discord = discord;
        this.scheduler = scheduler;
    }

    public void onStart(@Observes StartupEvent event) {
        durableCommits.apply();
        importBank.importAtStart();
        if (!discord.connect()) {
            return;
        }
        revealRound.revealDue();
        postDaily.postDue();
        // Not started at all where the scheduler is off (the tests drive the ticks themselves).
        if (scheduler.isStarted()) {
            scheduler.resume();
        }
    }
}
