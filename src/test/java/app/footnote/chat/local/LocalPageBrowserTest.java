package app.footnote.chat.local;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.footnote.bank.Article;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.bank.TextMatch;
import app.footnote.daily.DailySchedules;
import app.footnote.daily.PostDailyQuestions;
import app.footnote.game.GameConfig;
import app.footnote.game.NextGameRound;
import app.footnote.game.RevealRound;
import app.footnote.game.Round;
import app.footnote.moderation.Actor;
import app.footnote.moderation.ServerQuestions;
import app.footnote.testing.Questions;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Plays rounds on the web page, at a desktop's and a phone's size, in a real headless Chromium: Debian's {@code chromium} and {@code chromium-driver}
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
    @Inject
    NextGameRound nextGameRound;
    @Inject
    GameConfig gameConfig;
    @Inject
    ServerQuestions serverQuestions;

    private ChromeDriver browser;

    @BeforeEach
    void checkTheBrowser() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            fail("This test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        TestClock.NOW.set(Instant.parse("2026-11-28T18:00:00Z"));
    }

    /** A headless Chromium whose page is {@code width} by {@code height} CSS pixels, as a desktop or a phone. */
    private void openBrowser(int width, int height) throws Exception {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                        "--user-data-dir=" + Files.createTempDirectory("chromium"));
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(),
                options);
        browser.get(page.toString());
        assertEquals(width, ((Number) script("return window.innerWidth")).intValue(),
                () -> "wider than the screen: " + script("return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > arguments[0])"
                        + ".map(e => e.tagName + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))",
                        width));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("Desktop: start, answer right, start again, the reveal in view with You: +points and a citation")
    void playerAnswersRightAndSeesTheirPointsAndTheFootnoteInView() throws Exception {
        openBrowser(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        String right = Rounds.rightLabel(startRoundAs(PLAYER, "browser-" + System.nanoTime(), wait));
        assertTrue(text("countdown").matches("\\d+ s left"), text("countdown"));
        assertTrue(pixels("countdown", "font-size") >= 20, "the countdown is prominent");
        assertFalse(browser.findElement(By.id("round-kind")).isDisplayed(), "an ordinary round is not labelled daily");
        choice(right).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Locked in: " + right));
        assertEquals("Your pick", choice(right).findElement(By.className("mark")).getText());

        // Start again: the open round is pointed to, and the answer given stays on screen
        browser.findElement(By.id("start")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "already open"));
        assertTrue(text("confirmation").startsWith("Locked in: " + right), text("confirmation"));
        assertTrue(choice(right).getAttribute("class").contains("picked"));

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("leaderboard"), PLAYER));

        assertEquals("", text("status"), "the 'already open' message is gone once the round is revealed");
        String points = browser.findElement(By.cssSelector("#fastest li")).getText().replaceAll(".*\\+(\\d+) points$",
                "$1");
        assertEquals("You: +" + points, text("you"));
        assertTrue(text("answer").startsWith(right + ". "));
        assertTrue(choice(right).getAttribute("class").contains("correct"));
        assertEquals("1 of 1 answered right.", text("tally"));
        assertCitation();
        assertTrue(browser.findElement(By.id("fastest")).getText().startsWith(PLAYER + " — "));
        assertEquals(0, browser.findElements(By.cssSelector("#leaderboard img, #fastest img")).size(),
                "a player's name is shown as text, never as markup");
        assertInView("reveal");
        assertInView("footnotes");
        assertTouchTargetsAndEvenForm();
        screenshot("local-page-1280x900.png");

        // The Source button: the quoted sentence, marked, between the sentences around it, and the article
        String quote = browser.findElement(By.cssSelector("#fn-1 blockquote")).getText().replaceAll("^“|”$", "");
        browser.findElement(By.id("source")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-panel")));
        WebElement passage = browser.findElement(By.id("passage-1"));
        String marked = passage.findElement(By.tagName("mark")).getText();
        assertTrue(TextMatch.quoteFound(marked, quote), marked + " holds " + quote);
        assertTrue(passage.findElement(By.tagName("blockquote")).getText().length() > marked.length(),
                "the sentence before or after is shown too");
        assertFalse(passage.findElement(By.tagName("cite")).getText().isBlank(), "the article's title is cited");
        assertFalse(browser.findElement(By.id("source-edited")).isDisplayed(), "the question was not edited");
        assertInView("source-panel");
        assertTouchTargetsAndEvenForm();
        screenshot("local-page-source-1280x900.png");
    }

    @Test
    @DisplayName("A game of two on the page: question 1 of 2, the next after the reveal, then the final standings")
    void playerPlaysAGameOfTwoQuestionsAndSeesTheFinalStandings() throws Exception {
        openBrowser(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement questions = browser.findElement(By.id("questions"));
        questions.clear();
        questions.sendKeys("2");
        long first = startRoundAs(PLAYER, "game-" + System.nanoTime(), wait);
        assertEquals("Question 1 of 2", text("round-game"));
        assertTrue(browser.findElement(By.id("stop-game")).isDisplayed(), "the starter can stop the game");
        choice(Rounds.rightLabel(first)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Locked in: "));

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("game-status"),
                "Question 2 of 2 comes in a few seconds."));
        TestClock.NOW.advance(gameConfig.pauseBetweenRounds());
        nextGameRound.playDue();
        wait.until(ExpectedConditions.textToBe(By.id("round-game"), "Question 2 of 2"));
        assertFalse(browser.findElement(By.id("reveal")).isDisplayed(), "the new question replaces the reveal");
        long second = openRound(browser.findElement(By.id("channel")).getAttribute("value"));
        assertTrue(second != first);
        assertEquals("", text("confirmation"), "nothing is locked in yet for the new question");
        choice(Rounds.wrongLabel(second)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Locked in: "));

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
        TestClock.NOW.advance(gameConfig.pauseBetweenRounds());
        nextGameRound.playDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("standings")));

        List<WebElement> cells = browser.findElements(By.cssSelector("#standings-rows td"));
        assertEquals("1", cells.get(0).getText());
        assertEquals(PLAYER, cells.get(1).getText(), "a player's name is shown as text");
        assertTrue(Integer.parseInt(cells.get(2).getText()) > 0);
        assertEquals("1", cells.get(3).getText(), "one right answer of two");
        assertEquals("2 questions. Ties go to whoever reached the score first.", text("standings-note"));
        assertFalse(browser.findElement(By.id("stop-game")).isDisplayed());
        assertInView("standings");
        assertTouchTargetsAndEvenForm();
        screenshot("local-page-game-standings.png");
    }

    @Test
    @DisplayName("A game stopped with the Stop button ends after the current question, with its final standings")
    void theStarterStopsAGameOnThePageAndTheFinalStandingsComeAfterTheCurrentQuestion() throws Exception {
        openBrowser(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement questions = browser.findElement(By.id("questions"));
        questions.clear();
        questions.sendKeys("3");
        long first = startRoundAs(PLAYER, "stop-" + System.nanoTime(), wait);
        assertEquals("Question 1 of 3", text("round-game"));
        choice(Rounds.rightLabel(first)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Locked in: "));

        browser.findElement(By.id("stop-game")).click();
        wait.until(ExpectedConditions.textToBe(By.id("game-status"), "Stopped: the game ends after this question."));
        assertFalse(browser.findElement(By.id("standings")).isDisplayed(), "the current question is played out");

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
        wait.until(ExpectedConditions.textToBe(By.id("game-status"), "The final standings come next."));
        TestClock.NOW.advance(gameConfig.pauseBetweenRounds());
        nextGameRound.playDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("standings")));

        assertEquals("Question 1 of 3", text("round-game"), "no second question came");
        List<WebElement> cells = browser.findElements(By.cssSelector("#standings-rows td"));
        assertEquals(List.of("1", PLAYER, "1"), List.of(cells.get(0).getText(), cells.get(1).getText(),
                cells.get(3).getText()));
        assertEquals("1 of 3 questions; stopped by " + PLAYER + ". Ties go to whoever reached the score first.",
                text("standings-note"));
        assertEquals(0, browser.findElements(By.cssSelector("#standings img")).size(), "names are text, not markup");
        assertEquals("The game is over.", text("game-status"));
    }

    @Test
    @DisplayName("Report on the reveal: a reason and a note reach the moderators; a second report is refused")
    void aPlayerReportsTheRevealedQuestionOnceAndASecondReportIsRefusedClearly() throws Exception {
        openBrowser(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        String reporter = "<b>Reporter</b> " + System.nanoTime();
        startRoundAs(reporter, "report-" + System.nanoTime(), wait);
        assertFalse(browser.findElement(By.id("report")).isDisplayed(), "nothing to report before the reveal");
        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));

        browser.findElement(By.id("report")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
        new Select(browser.findElement(By.id("report-reason"))).selectByValue("ambiguous");
        String note = "<img src=x onerror=alert(1)> two answers fit @everyone";
        browser.findElement(By.id("report-note")).sendKeys(note);
        assertTouchTargetsAndEvenForm();
        browser.findElement(By.id("report-send")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-status"),
                "Thank you: your report of this question reached the moderators."));
        assertFalse(browser.findElement(By.id("report-form")).isDisplayed(), "the form closes once sent");
        assertFalse(browser.findElement(By.id("report-status")).getAttribute("class").contains("error"));
        io.restassured.RestAssured.given().header("Authorization", "Bearer test-admin-token")
                .get("/api/guilds/local/reports").then().statusCode(200)
                .body("reports.flatten().find { it.displayName == '" + reporter + "' }.note",
                        org.hamcrest.Matchers.is(note))
                .body("reports.flatten().find { it.displayName == '" + reporter + "' }.reason",
                        org.hamcrest.Matchers.is("ambiguous"));

        browser.findElement(By.id("report")).click();
        browser.findElement(By.id("report-send")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-status"),
                "You already reported this question; your first report stands."));
        assertTrue(browser.findElement(By.id("report-status")).getAttribute("class").contains("error"));
        assertEquals(0, browser.findElements(By.cssSelector("#reveal img, #reveal b")).size(),
                "the page's texts are shown literally");
        screenshot("local-page-report.png");
    }

    @Test
    @DisplayName("News: a game of this week's news asks only questions from articles of the last seven days")
    void aGameOfThisWeeksNewsAsksOnlyThisWeeksQuestions() throws Exception {
        // A week no other test's articles are from: only these three questions are news of that time.
        TestClock.NOW.set(Instant.parse("2031-03-10T12:00:00Z"));
        String tag = String.valueOf(System.nanoTime());
        List<String> thisWeek = List.of(newsQuestion(tag, LocalDate.of(2031, 3, 9), "Cedar Bank", "$2.4 billion"),
                newsQuestion(tag, LocalDate.of(2031, 3, 5), "Alder Mills", "$310 million"));
        String older = newsQuestion(tag, LocalDate.of(2031, 2, 20), "Birch Insurance", "$4.2 billion");
        openBrowser(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        new Select(browser.findElement(By.id("news"))).selectByValue("week");
        WebElement questions = browser.findElement(By.id("questions"));
        questions.clear();
        questions.sendKeys("3");
        assertTouchTargetsAndEvenForm();
        String channel = "news-" + tag;
        long first = startRoundAs("Deanna", channel, wait);
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Only 2 questions match, so this game has 2, not 3."));
        assertEquals("Question 1 of 2", text("round-game"));
        List<String> asked = new java.util.ArrayList<>(List.of(text("prompt")));

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
        // The next round picks from the game's window too: the window is kept with the game
        TestClock.NOW.advance(gameConfig.pauseBetweenRounds());
        nextGameRound.playDue();
        wait.until(ExpectedConditions.textToBe(By.id("round-game"), "Question 2 of 2"));
        asked.add(text("prompt"));
        long second = openRound(channel);
        assertTrue(second != first);

        assertEquals(new java.util.HashSet<>(thisWeek), new java.util.HashSet<>(asked), "never " + older);
        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        TestClock.NOW.advance(gameConfig.pauseBetweenRounds());
        nextGameRound.playDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("standings")));
        wait.until(ExpectedConditions.textToBe(By.id("standings-note"),
                "2 questions. Ties go to whoever reached the score first."));
        // Leave the local server's bank as other tests expect it: no news from 2031.
        added.forEach(key -> serverQuestions.retire(LocalPlay.GUILD, key, Actor.API));
    }

    private final List<Long> added = new java.util.ArrayList<>();

    /** A question of the local server's own, citing an article of {@code published}; returns its prompt. */
    private String newsQuestion(String tag, LocalDate published, String company, String price) {
        String id = "local-news-" + tag + "-" + company.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        String sentence = company + " agreed to buy its rival for " + price + " on Monday.";
        QuarkusTransaction.requiringNew().run(() -> Article.save(new BankArticle(id, company + " buys its rival",
                "Daily Ledger", published, List.of(), sentence + "\nThe deal closes next year.")));
        String prompt = "For how much did " + company + " agree to buy its rival?";
        added.add(serverQuestions.add(LocalPlay.GUILD, BankQuestion.of(null, "business", "easy", prompt, price,
                List.of("$1.1 billion", "$3.8 billion", "$950 million"), "The price of the deal.",
                List.of(new BankSource(id, null, sentence, 0))), Actor.API).key());
        return prompt;
    }

    @Test
    @DisplayName("Typed: no choices, the typed answer locked in literally, then the answer and what was also accepted")
    void playerTypesTheAnswerAndSeesItAcceptedWithTheAlternatives() throws Exception {
        String category = "typed-page-" + System.nanoTime() % 100_000;
        String id = "typed-" + System.nanoTime();
        Map<String, Object> question = new HashMap<>(Questions.json(id, category,
                "Who stepped away as showrunner?"));
        question.put("accept", List.of("Chabon"));
        given().header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON).body(question)
                .post("/api/guilds/" + LocalPlay.GUILD + "/questions").then().statusCode(201);
        try {
            openBrowser(390, 844);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            // The server's own category is not in the shared bank's list: the test adds it to the select.
            script("const option = document.createElement('option'); option.value = arguments[0];"
                    + " document.getElementById('category').append(option);"
                    + " document.getElementById('category').value = arguments[0];", category);
            new Select(browser.findElement(By.id("mode"))).selectByValue("typed");
            browser.findElement(By.id("player")).sendKeys(PLAYER);
            WebElement channelField = browser.findElement(By.id("channel"));
            channelField.clear();
            channelField.sendKeys("typed-" + System.nanoTime());
            browser.findElement(By.id("start")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("typed-text")));

            assertEquals(0, browser.findElements(By.cssSelector("#choices button")).size(), "no choices are shown");
            browser.findElement(By.id("typed-send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "empty"));
            browser.findElement(By.id("typed-text")).sendKeys("**chabon**");
            browser.findElement(By.id("typed-send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"),
                    "Locked in: **chabon**."));
            assertFalse(browser.findElement(By.id("typed-text")).isEnabled(), "the answer is final");
            assertTouchTargetsAndEvenForm();
            screenshot("local-page-typed-question.png");

            TestClock.NOW.advance(Duration.ofSeconds(30));
            revealRound.revealDue();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("you"), "You: "));

            assertTrue(text("you").matches("You: \\+\\d+"), text("you"));
            assertEquals(Questions.ANSWER, text("answer"), "the answer, without a label");
            assertEquals("Also accepted: Chabon.", text("accepted"));
            assertEquals("1 of 1 answered right.", text("tally"));
            assertCitation();
            assertInView("reveal");
            assertTouchTargetsAndEvenForm();
            screenshot("local-page-typed-reveal.png");
        } finally {
            // Leave the local server's questions as other tests expect them: the shared bank's only.
            given().header("Authorization", "Bearer test-admin-token").delete("/api/guilds/" + LocalPlay.GUILD
                    + "/questions/" + id).then().statusCode(200);
        }
    }

    @Test
    @DisplayName("Phone: a wrong pick is marked, You: wrong (X), the reveal in view, 44 px targets, no ragged form")
    void playerOnAPhoneAnswersWrongAndIsToldSo() throws Exception {
        openBrowser(390, 844);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        assertTouchTargetsAndEvenForm();
        long roundId = startRoundAs("Worf", "phone-" + System.nanoTime(), wait);
        String wrong = Rounds.wrongLabel(roundId);
        choice(wrong).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Locked in: " + wrong));
        screenshot("local-page-390x844-question.png");

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("you"), "You: "));

        assertEquals("You: wrong (" + wrong + ")", text("you"));
        assertTrue(choice(wrong).getAttribute("class").contains("wrong"), "the wrong pick is marked");
        assertEquals("Your pick ✗", choice(wrong).findElement(By.className("mark")).getText());
        assertTrue(choice(Rounds.rightLabel(roundId)).getAttribute("class").contains("correct"));
        assertCitation();
        assertInView("reveal");
        assertTouchTargetsAndEvenForm();
        screenshot("local-page-390x844.png");
    }

    @Test
    @DisplayName("The daily question is scheduled on the page, labelled, and counts down in hours and minutes")
    void playerSchedulesTheDailyQuestionOnThePageThenAnswersIt() throws Exception {
        TestClock.NOW.set(Instant.parse("2027-02-01T06:00:00Z"));
        revealRound.revealDue();
        dailySchedules.off(LocalPlay.GUILD);
        openBrowser(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.findElement(By.id("player")).sendKeys("Beverly");

        browser.findElement(By.cssSelector("#daily-settings summary")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("daily-schedule"),
                "No daily question is scheduled."));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("daily-save")));
        WebElement zone = browser.findElement(By.id("daily-timezone"));
        zone.clear();
        zone.sendKeys("Mars/Olympus");
        script("document.getElementById('daily-time').value = '08:00'");
        new Select(browser.findElement(By.id("daily-category"))).selectByValue("cast");
        browser.findElement(By.id("daily-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("daily-status"), "timezone"));
        assertTrue(dailySchedules.of(LocalPlay.GUILD).isEmpty(), "a bad time zone saves nothing");
        zone.clear();
        zone.sendKeys("Europe/Paris");
        browser.findElement(By.id("daily-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("daily-status"), "Saved."));
        assertTrue(text("daily-schedule").startsWith("Every day at 08:00 (Europe/Paris) in #lobby, category cast"),
                text("daily-schedule"));
        assertEquals("08:00", dailySchedules.of(LocalPlay.GUILD).orElseThrow().postTime().toString());

        TestClock.NOW.set(Instant.parse("2027-02-02T07:00:00Z"));
        long roundId = postDailyQuestions.postDue().stream()
                .filter(post -> post.round().guildId().equals(LocalPlay.GUILD)).findFirst().orElseThrow().round().id();
        browser.findElement(By.id("daily")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#choices button")));
        assertEquals("cast", text("round-category"));
        assertEquals("Daily question", text("round-kind"));
        // Open until an hour before the next one: 07:00 to 06:00 UTC the next day
        assertEquals("23 h 0 min left", text("countdown"));
        String right = Rounds.rightLabel(roundId);
        choice(right).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Locked in: " + right));

        browser.findElement(By.id("daily-off")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("daily-status"), "off"));
        assertTrue(dailySchedules.of(LocalPlay.GUILD).isEmpty());
        // Leave the local server as other tests expect it: no open daily question.
        TestClock.NOW.set(Instant.parse("2027-02-03T07:00:00Z"));
        revealRound.revealDue();
    }

    /** The footnote is a citation: a superscript mark on the answer tied to a source with its quote and title. */
    private void assertCitation() {
        WebElement mark = browser.findElement(By.cssSelector("#answer-marks a"));
        assertEquals("1", mark.getText());
        assertTrue(mark.getAttribute("href").endsWith("#fn-1"), mark.getAttribute("href"));
        WebElement source = browser.findElement(By.id("fn-1"));
        assertTrue(source.findElement(By.tagName("blockquote")).getText().startsWith("“"));
        assertFalse(source.findElement(By.tagName("cite")).getText().isBlank(), "the article's title is cited");
        String footnotes = text("footnotes");
        assertFalse(footnotes.contains("not stated") || footnotes.contains("undated"), footnotes);
    }

    private void assertInView(String id) {
        Object where = script("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return [Math.round(r.top), window.innerHeight, Math.round(window.scrollY),"
                + " document.documentElement.scrollHeight];", id);
        List<?> numbers = (List<?>) where;
        long top = ((Number) numbers.get(0)).longValue();
        long height = ((Number) numbers.get(1)).longValue();
        assertTrue(top >= 0 && top < height - 40, id + " is brought into view: top, viewport, scrollY, page " + where);
    }

    /** Every visible control is at least 44 px high, nothing scrolls sideways, the form's fields are of one width. */
    private void assertTouchTargetsAndEvenForm() {
        Object small = script("return [...document.querySelectorAll('button, input, select, summary')]"
                + ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 44)"
                + ".map(e => e.id || e.textContent)");
        assertEquals(List.of(), small, "touch targets under 44 px");
        assertEquals(Boolean.TRUE, script("return document.documentElement.scrollWidth <= window.innerWidth"));
        for (String row : List.of(".panel .fields label", ".panel .actions button")) {
            Object widths = script("return [...document.querySelectorAll(arguments[0])]"
                    + ".map(e => Math.round(e.getBoundingClientRect().width))", row);
            assertEquals(1, ((List<?>) widths).stream().distinct().count(), row + " of one width: " + widths);
        }
    }

    /** Types the player's name and a channel of the test's own, starts a round there, and returns its id. */
    private long startRoundAs(String player, String channel, WebDriverWait wait) {
        browser.findElement(By.id("player")).sendKeys(player);
        WebElement channelField = browser.findElement(By.id("channel"));
        channelField.clear();
        channelField.sendKeys(channel);
        browser.findElement(By.id("start")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#choices button")));
        return openRound(channel);
    }

    private WebElement choice(String label) {
        return browser.findElement(By.cssSelector("#choices button[data-label='" + label + "']"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private double pixels(String id, String property) {
        return Double.parseDouble(browser.findElement(By.id(id)).getCssValue(property).replace("px", ""));
    }

    private Object script(String script, Object... arguments) {
        return browser.executeScript(script, arguments);
    }

    private void screenshot(String name) throws Exception {
        Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static long openRound(String channel) {
        return QuarkusTransaction.requiringNew().call(
                () -> Round.<Round>find("openKey", Round.openKey(LocalPlay.GUILD, channel)).firstResult().id);
    }
}
