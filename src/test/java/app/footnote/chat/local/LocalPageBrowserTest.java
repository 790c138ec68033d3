package app.footnote.chat.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.footnote.daily.DailySchedules;
import app.footnote.daily.PostDailyQuestions;
import app.footnote.daily.ScheduleRequest;
import app.footnote.game.Origin;
import app.footnote.game.RevealRound;
import app.footnote.game.Round;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Plays one round on the web page in a real headless Chromium: Debian's {@code chromium} and {@code chromium-driver}
 * packages, which {@code .ci/run} installs when missing.
 */
@QuarkusTest
class LocalPageBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String PLAYER = "<img src=x onerror=alert(1)>Ada";

    @TestHTTPResource("/")
    URL page;
    @Inject
    RevealRound revealRound;
    @Inject
    DailySchedules dailySchedules;
    @Inject
    PostDailyQuestions postDailyQuestions;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            fail("This test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        TestClock.NOW.set(Instant.parse("2026-11-28T18:00:00Z"));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1000,1400",
                        "--user-data-dir=" + Files.createTempDirectory("chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(),
                options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void playerStartsARoundClicksAChoiceAndSeesTheRevealWithItsFootnote() throws Exception {
        String channel = "browser-" + System.nanoTime();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(page.toString());
        browser.findElement(By.id("player")).sendKeys(PLAYER);
        WebElement channelField = browser.findElement(By.id("channel"));
        channelField.clear();
        channelField.sendKeys(channel);

        browser.findElement(By.id("start")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#choices button")));
        String right = Rounds.rightLabel(openRound(channel));
        browser.findElement(By.cssSelector("#choices button[data-label='" + right + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Locked in: " + right));

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("leaderboard"), PLAYER));

        assertTrue(browser.findElement(By.id("answer")).getText().startsWith(right + ". "));
        assertEquals("1 of 1 answered right.", browser.findElement(By.id("tally")).getText());
        String footnotes = browser.findElement(By.id("footnotes")).getText();
        assertTrue(footnotes.startsWith("Source: "), footnotes);
        assertTrue(footnotes.contains("“"), "the quoted sentence is shown: " + footnotes);
        assertTrue(browser.findElement(By.id("fastest")).getText().startsWith(PLAYER + " — "));
        assertEquals(0, browser.findElements(By.cssSelector("#leaderboard img, #fastest img")).size(),
                "a player's name is shown as text, never as markup");
        Files.write(Path.of("target", "local-page.png"),
                ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void playerOpensTheDailyQuestionAndAnswersIt() {
        TestClock.NOW.set(Instant.parse("2027-02-01T06:00:00Z"));
        revealRound.revealDue();
        dailySchedules.set(Origin.LOCAL, LocalPlay.GUILD,
                new ScheduleRequest("lobby", "08:00", "Europe/Paris", "cast", null),
                "test");
        TestClock.NOW.set(Instant.parse("2027-02-02T07:00:00Z"));
        long roundId = postDailyQuestions.postDue().stream()
                .filter(post -> post.round().guildId().equals(LocalPlay.GUILD)).findFirst().orElseThrow().round().id();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(page.toString());
        browser.findElement(By.id("player")).sendKeys("Beverly");

        browser.findElement(By.id("daily")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#choices button")));
        assertEquals("cast", browser.findElement(By.id("round-category")).getText());
        String right = Rounds.rightLabel(roundId);
        browser.findElement(By.cssSelector("#choices button[data-label='" + right + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Locked in: " + right));

        // Leave the local server as other tests expect it: no schedule and no open daily question.
        dailySchedules.off(LocalPlay.GUILD);
        TestClock.NOW.set(Instant.parse("2027-02-03T07:00:00Z"));
        revealRound.revealDue();
    }

    private static long openRound(String channel) {
        return QuarkusTransaction.requiringNew().call(
                () -> Round.<Round>find("openKey", Round.openKey(LocalPlay.GUILD, channel)).firstResult().id);
    }
}
