package app.footnote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import app.footnote.bank.ImportBankAtStart;
import app.footnote.chat.discord.DiscordLauncher;
import app.footnote.daily.PostDailyQuestions;
import app.footnote.db.DurableCommits;
import app.footnote.game.RevealRound;
import io.quarkus.runtime.StartupEvent;

/**
 * Everything the bot does when it starts, in the one order that works: commits made durable before anything writes;
 * the bank imported, so the game has its questions; rounds whose deadline passed while the bot was down revealed,
 * so yesterday's daily question is closed before today's opens; the daily questions missed while down posted; and
 * only then Discord, so commands are offered once there are questions to play.
 */
@ApplicationScoped
public class StartUp {

    private final DurableCommits durableCommits;
    private final ImportBankAtStart importBank;
    private final RevealRound revealRound;
    private final PostDailyQuestions postDaily;
    private final DiscordLauncher discord;

    public StartUp(DurableCommits durableCommits, ImportBankAtStart importBank, RevealRound revealRound,
            PostDailyQuestions postDaily, DiscordLauncher discord) {
        this.durableCommits = durableCommits;
        this.importBank = importBank;
        this.revealRound = revealRound;
        this.postDaily = postDaily;
        this.discord = discord;
    }

    public void onStart(@Observes StartupEvent event) {
        durableCommits.apply();
        importBank.importAtStart();
        revealRound.revealDue();
        postDaily.postDue();
        discord.connect();
    }
}
