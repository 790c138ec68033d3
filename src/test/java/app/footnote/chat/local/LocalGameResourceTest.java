package app.footnote.chat.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.api.Problem;
import app.footnote.bank.TextMatch;
import app.footnote.game.RevealRound;
import app.footnote.game.Round;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** A whole local game over HTTP, as the web page plays it. */
@QuarkusTest
class LocalGameResourceTest {

    @Inject
    RevealRound revealRound;

    private final String channel = "channel-" + System.nanoTime();

    @BeforeEach
    void startOfTheTest() {
        TestClock.NOW.set(Instant.parse("2026-11-28T10:00:00Z"));
    }

    private ValidatableResponse post(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private long startRound() {
        return post("/api/local/rounds", Map.of("channel", channel)).statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    @Test
    void startingARoundReturnsItsLabelledChoicesAndNoAnswer() {
        post("/api/local/rounds", Map.of("channel", channel, "category", "story", "difficulty", "hard"))
                .statusCode(201)
                .body("prompt", notNullValue())
                .body("category", is("story"))
                .body("difficulty", is("hard"))
                .body("choices.label", contains("A", "B", "C", "D"))
                .body("closesAt", is("2026-11-28T10:00:30Z"))
                .body("secondsLeft", is(30))
                .body("reveal", nullValue())
                .body("answer", nullValue());
    }

    @Test
    void askingAgainInTheChannelPointsToTheOpenRound() {
        long id = startRound();

        post("/api/local/rounds", Map.of("channel", channel)).statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", startsWith("A round is already open in this channel"))
                .body("round.id", is((int) id));
    }

    @Test
    void unknownCategoryOrDifficultyIsExplained() {
        post("/api/local/rounds", Map.of("channel", channel, "category", "cooking")).statusCode(404)
                .body("detail", startsWith("No question matches category 'cooking'."));
        post("/api/local/rounds", Map.of("channel", channel, "difficulty", "brutal")).statusCode(400)
                .body("errors[0].field", is("difficulty"))
                .body("errors[0].message", is("must be easy, medium or hard, not 'brutal'"));
        post("/api/local/rounds", Map.of("category", "story")).statusCode(400);
    }

    @Test
    void answersAreConfirmedPrivatelyAndSecondLateOrInvalidOnesAreRefused() {
        long id = startRound();
        String answers = "/api/local/rounds/" + id + "/answers";

        post(answers, Map.of("player", "Ada", "choice", "b")).statusCode(200)
                .body("choice", is("B"))
                .body("message", is("Locked in: B. The answer is revealed when the round closes."));
        post(answers, Map.of("player", "Ada", "choice", "C")).statusCode(409)
                .body("detail", is("You already answered B in this round; your first answer stands."));
        post(answers, Map.of("player", "Bob", "choice", "F")).statusCode(400)
                .body("errors[0].field", is("choice"))
                .body("errors[0].message", is("There is no choice 'F'; choose one of A, B, C, D."));
        post(answers, Map.of("player", "", "choice", "A")).statusCode(400);
        post("/api/local/rounds/999999/answers", Map.of("player", "Bob", "choice", "A")).statusCode(404);
        TestClock.NOW.advance(Duration.ofSeconds(30));
        post(answers, Map.of("player", "Cat", "choice", "A")).statusCode(409)
                .body("detail", is("This round is closed; answers are no longer taken."));
    }

    @Test
    void roundShowsItsRevealWithTheFootnoteOnceClosed() {
        long id = startRound();
        String right = Rounds.rightLabel(id);
        post("/api/local/rounds/" + id + "/answers", Map.of("player", "<b>Ada</b>", "choice", right)).statusCode(200);
        given().get("/api/local/rounds/" + id).then().statusCode(200).body("reveal", nullValue());

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();

        given().get("/api/local/rounds/" + id).then().statusCode(200)
                .body("secondsLeft", is(0))
                .body("reveal.answerLabel", is(right))
                .body("reveal.answered", is(1))
                .body("reveal.correct", is(1))
                .body("reveal.fastest[0].displayName", is("<b>Ada</b>"))
                .body("reveal.fastest[0].points", notNullValue())
                .body("reveal.explanation", notNullValue())
                .body("reveal.footnotes[0].articleTitle", notNullValue())
                .body("reveal.footnotes[0].quote", notNullValue());
    }

    @Test
    void sourceShowsEachQuoteInItsSentenceOnceTheRoundIsRevealed() {
        long id = startRound();
        String source = "/api/local/rounds/" + id + "/source";
        given().get(source).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", is("The source comes with the answer, when the round closes."));

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();

        JsonPath shown = given().get(source).then().statusCode(200).body("roundId", is((int) id))
                .body("prompt", notNullValue()).body("answer", notNullValue()).body("editedSince", is(false))
                .body("passages[0].footnote.articleTitle", notNullValue()).extract().jsonPath();
        for (int i = 0; i < shown.getList("passages").size(); i++) {
            String sentence = shown.getString("passages[" + i + "].sentence");
            String quote = shown.getString("passages[" + i + "].footnote.quote");
            assertTrue(TextMatch.quoteFound(sentence, quote), sentence + " holds " + quote);
            assertTrue(shown.getString("passages[" + i + "].before") != null
                    || shown.getString("passages[" + i + "].after") != null, "a neighbour sentence");
        }
        given().get("/api/local/rounds/999999999/source").then().statusCode(404)
                .body("detail", is("There is no round 999999999 here."));
        given().get("/api/local/rounds/abc/source").then().statusCode(404);
    }

    @Test
    void aPlayerReportsARevealedRoundsQuestionOnceWithAReasonAndANote() {
        long id = startRound();
        String reports = "/api/local/rounds/" + id + "/reports";
        String player = "Reporter " + channel;
        post(reports, Map.of("player", player, "reason", "other")).statusCode(409)
                .body("detail", is("A question can be reported once its round is revealed."));
        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();

        post(reports, Map.of("player", player, "reason", "boring")).statusCode(400)
                .body("errors[0].field", is("reason"))
                .body("errors[0].message", is("The reason must be wrong answer, ambiguous, outdated, offensive or"
                        + " other, not 'boring'. Nothing was reported."));
        post(reports, Map.of("player", player, "reason", "other", "note", "n".repeat(1_001))).statusCode(400)
                .body("errors[0].field", is("note"));
        post(reports, Map.of("player", player, "reason", "Wrong answer", "note", "<b>@everyone</b>")).statusCode(201)
                .body("message", is("Thank you: your report of this question reached the moderators."))
                .body("paused", is(false));
        post(reports, Map.of("player", player, "reason", "other")).statusCode(409)
                .body("detail", is("You already reported this question; your first report stands."));
        post("/api/local/rounds/999999999/reports", Map.of("player", player, "reason", "other")).statusCode(404);
        given().header("Authorization", "Bearer test-admin-token").get("/api/guilds/local/reports").then()
                .statusCode(200).body("reports.flatten().find { it.displayName == '" + player + "' }.note",
                        is("<b>@everyone</b>"));
    }

    @Test
    void leaderboardAndPlayerStatsShowTheLocalServer() {
        long id = startRound();
        String player = "Stats " + channel;
        post("/api/local/rounds/" + id + "/answers", Map.of("player", player, "choice", Rounds.rightLabel(id)));
        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();

        given().queryParam("period", "week").queryParam("player", player).get("/api/local/leaderboard").then()
                .statusCode(200)
                .body("period", is("week"))
                .body("periodKey", is("week:2026-11-23"));
        given().get("/api/local/players/" + player).then().statusCode(200)
                .body("displayName", is(player))
                .body("answers", is(1))
                .body("correct", is(1))
                .body("accuracy", is(100))
                .body("currentStreak", is(1));
        given().get("/api/local/players/nobody-" + channel).then().statusCode(404);
        given().queryParam("period", "year").get("/api/local/leaderboard").then().statusCode(400)
                .body("errors[0].field", is("period"))
                .body("errors[0].message", is("must be week, month or all, not 'year'"));
    }

    @Test
    void nothingAPlayerCanReadTellsWhoIsRightBeforeTheReveal() {
        // GIVEN four players who each pick another choice of an open round
        long id = startRound();
        List<String> players = List.of("A", "B", "C", "D").stream().map(label -> "Leak " + label + " " + channel)
                .toList();
        for (int i = 0; i < players.size(); i++) {
            post("/api/local/rounds/" + id + "/answers", Map.of("player", players.get(i), "choice",
                    String.valueOf((char) ('A' + i)))).statusCode(200);
        }

        // THEN before the reveal no one has a record, and the leaderboard shows none of them
        for (int i = 0; i < players.size(); i++) {
            String player = players.get(i);
            given().queryParam("player", player).get("/api/local/rounds/" + id).then().statusCode(200)
                    .body("you.choice", is(String.valueOf((char) ('A' + i)))).body("you.correct", nullValue())
                    .body("you.points", nullValue());
            given().get("/api/local/players/" + player).then().statusCode(404);
            given().queryParam("player", player).get("/api/local/leaderboard").then().statusCode(200)
                    .body("top.displayName", not(hasItem(player))).body("asker", nullValue());
        }

        // WHEN the round is revealed THEN exactly the one who picked the answer is right
        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        String right = Rounds.rightLabel(id);
        for (int i = 0; i < players.size(); i++) {
            boolean picked = right.equals(String.valueOf((char) ('A' + i)));
            given().get("/api/local/players/" + players.get(i)).then().statusCode(200)
                    .body("answers", is(1)).body("correct", is(picked ? 1 : 0));
            given().queryParam("player", players.get(i)).get("/api/local/rounds/" + id).then().statusCode(200)
                    .body("you.correct", is(picked)).body("you.points", picked ? greaterThan(0) : is(0));
        }
    }

    @Test
    void aRoundOfNobodyNamedHasNoYouAndIsNoDailyQuestion() {
        long id = startRound();
        given().get("/api/local/rounds/" + id).then().statusCode(200).body("daily", is(false))
                .body("$", not(hasKey("you")));
        given().queryParam("player", "Nobody " + channel).get("/api/local/rounds/" + id).then().statusCode(200)
                .body("$", not(hasKey("you")));
    }

    @Test
    void thePageIsAskedForAgainOnEveryVisitNeverCachedADay() {
        for (String path : List.of("/", "/index.html")) {
            given().get(path).then().statusCode(200).header("Cache-Control", is("no-cache"));
        }
    }

    @Test
    void roundLengthCanBeSetWithinItsLimits() {
        given().contentType(ContentType.JSON).body(Map.of("roundSeconds", 5)).put("/api/local/settings").then()
                .statusCode(400).body("errors[0].field", is("roundSeconds"))
                .body("errors[0].message", is("round length must be 10 to 300 seconds, not 5"));
        given().contentType(ContentType.JSON).body(Map.of("roundSeconds", 20)).put("/api/local/settings").then()
                .statusCode(200);

        post("/api/local/rounds", Map.of("channel", channel)).statusCode(201).body("secondsLeft", is(20));

        given().contentType(ContentType.JSON).body(Map.of("roundSeconds", 30)).put("/api/local/settings").then()
                .statusCode(200);
    }

    @Test
    void aChannelLongerThanTheRoundsColumnIsRefusedByName() {
        post("/api/local/rounds", Map.of("channel", "c".repeat(Round.MAX_CHANNEL_LENGTH + 1))).statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", is("channel"));
        post("/api/local/rounds", Map.of("channel", "c".repeat(100))).statusCode(400);
        post("/api/local/rounds", Map.of("channel", channel + "c".repeat(Round.MAX_CHANNEL_LENGTH - channel.length())))
                .statusCode(201);
    }
}
