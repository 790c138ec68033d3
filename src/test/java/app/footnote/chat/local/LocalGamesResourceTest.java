package app.footnote.chat.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.api.Problem;
import app.footnote.game.GameConfig;
import app.footnote.game.NextGameRound;
import app.footnote.game.RevealRound;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Games of several questions over the local API, as the web page plays them. */
@QuarkusTest
class LocalGamesResourceTest {

    @Inject
    RevealRound revealRound;
    @Inject
    NextGameRound nextGameRound;
    @Inject
    GameConfig config;

    private final String channel = "games-" + System.nanoTime();

    @BeforeEach
    void startOfTheTest() {
        TestClock.NOW.set(Instant.parse("2026-11-29T10:00:00Z"));
    }

    private ValidatableResponse post(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private void answer(long roundId, String player) {
        post("/api/local/rounds/" + roundId + "/answers", Map.of("player", player, "choice",
                Rounds.rightLabel(roundId))).statusCode(200);
    }

    private void revealAndPause() {
        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        TestClock.NOW.advance(config.pauseBetweenRounds());
        nextGameRound.playDue();
    }

    @Test
    void aGameOfTwoShowsWhereItStandsAndEndsWithTheFinalStandings() {
        JsonPath first = post("/api/local/rounds", Map.of("channel", channel, "questions", 2, "player", "Ada",
                "difficulty", "easy")).statusCode(201).body("game.number", is(1)).body("game.questions", is(2))
                .extract().jsonPath();
        long gameId = first.getLong("game.gameId");
        TestClock.NOW.advance(Duration.ofSeconds(3));
        answer(first.getLong("id"), "Bob");

        post("/api/local/rounds", Map.of("channel", channel)).statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", is("A game is running in this channel (question 1 of 2, started by Ada). Play along,"
                        + " or wait for its final standings."))
                .body("game.id", is((int) gameId)).body("round.id", is((int) first.getLong("id")));
        revealAndPause();

        long second = given().get("/api/local/games/" + gameId).then().statusCode(200).body("played", is(2))
                .body("ended", is(false)).body("standings.displayName", contains("Bob")).extract().jsonPath()
                .getLong("latestRoundId");
        given().get("/api/local/rounds/" + second).then().statusCode(200).body("game.number", is(2));
        TestClock.NOW.advance(Duration.ofSeconds(3));
        answer(second, "Ada");
        revealAndPause();

        given().get("/api/local/games/" + gameId).then().statusCode(200).body("ended", is(true))
                .body("nextRoundAt", nullValue())
                .body("standings.displayName", contains("Bob", "Ada"))
                .body("standings.points", contains(14, 14))
                .body("standings.correct", contains(1, 1))
                .body("note", is("2 questions. Ties go to whoever reached the score first."));
        given().get("/api/local/games/999999999").then().statusCode(404);
    }

    @Test
    void aGameWhoseFiltersMatchNothingIsExplainedAsARoundIsAndLeavesTheChannelFree() {
        post("/api/local/rounds", Map.of("channel", channel, "questions", 3, "player", "Ada", "category", "nope"))
                .statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", startsWith("No question matches category 'nope'. Categories: "));

        post("/api/local/rounds", Map.of("channel", channel, "questions", 2, "player", "Ada")).statusCode(201)
                .body("game.number", is(1));
    }

    @Test
    void aGameAskedForMoreQuestionsThanMatchHasAsManyAsMatchAndSaysSo() {
        JsonPath started = post("/api/local/rounds", Map.of("channel", channel, "questions", 20, "player", "Ada",
                "category", "release", "difficulty", "hard")).statusCode(201).extract().jsonPath();

        int has = started.getInt("game.questions");
        assertTrue(has > 0 && has < 20, "release/hard has fewer than 20 questions: " + has);
        assertEquals("Only " + has + " questions match, so this game has " + has + ", not 20.",
                started.getString("notice"));
        post("/api/local/rounds", Map.of("channel", channel + "-two", "questions", 2, "player", "Ada"))
                .statusCode(201).body("notice", nullValue());
    }

    @Test
    void outOfRangeQuestionsAGameWithoutAPlayerAndAStopBySomeoneElseAreRefusedAndChangeNothing() {
        for (int questions : new int[]{0, 21}) {
            post("/api/local/rounds", Map.of("channel", channel, "questions", questions, "player", "Ada"))
                    .statusCode(400).body("errors[0].field", is("questions"))
                    .body("errors[0].message", is("must be a whole number from 1 to 20, not '" + questions + "'"));
        }
        post("/api/local/rounds", Map.of("channel", channel, "questions", 3)).statusCode(400)
                .body("errors[0].field", is("player"));
        post("/api/local/rounds", Map.of("channel", channel, "questions", 3, "player", "Ada", "news", "year"))
                .statusCode(400).body("errors[0].field", is("news"))
                .body("errors[0].message", is("must be today, week or month, not 'year'"));
        post("/api/local/games/stop", Map.of("channel", channel, "player", "Ada")).statusCode(404)
                .body("detail", is("No game is running in this channel."));

        long gameId = post("/api/local/rounds", Map.of("channel", channel, "questions", 3, "player", "Ada"))
                .statusCode(201).extract().jsonPath().getLong("game.gameId");
        post("/api/local/games/stop", Map.of("channel", channel, "player", "Bob")).statusCode(403)
                .body("detail", is("Only Ada, who started this game, can stop it. Nothing was changed."));
        given().get("/api/local/games/" + gameId).then().body("stopping", is(false));

        post("/api/local/games/stop", Map.of("channel", channel, "player", "Ada")).statusCode(200)
                .body("stopping", is(true)).body("stoppedBy", is("Ada"));
        post("/api/local/games/stop", Map.of("channel", channel, "player", "Ada")).statusCode(200)
                .body("stopping", is(true)).body("stoppedBy", is("Ada"));
        revealAndPause();
        given().get("/api/local/games/" + gameId).then().body("ended", is(true)).body("played", is(1))
                .body("standings", hasSize(0))
                .body("note", is("1 of 3 questions; stopped by Ada. Ties go to whoever reached the score first."));
    }
}
