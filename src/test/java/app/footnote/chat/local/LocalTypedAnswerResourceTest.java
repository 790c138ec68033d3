package app.footnote.chat.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.game.GameConfig;
import app.footnote.game.NextGameRound;
import app.footnote.game.RevealRound;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Typed play over the local API, as the web page plays it: mode typed, text answers, the refusals, the reveal. */
@QuarkusTest
class LocalTypedAnswerResourceTest {

    @Inject
    RevealRound revealRound;
    @Inject
    NextGameRound nextGameRound;
    @Inject
    GameConfig config;

    private final String channel = "typed-" + System.nanoTime();

    @BeforeEach
    void startOfTheTest() {
        TestClock.NOW.set(Instant.parse("2026-11-29T10:00:00Z"));
    }

    private ValidatableResponse post(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private long startTyped() {
        return post("/api/local/rounds", Map.of("channel", channel, "mode", "typed")).statusCode(201)
                .body("mode", is("typed"))
                .body("choices", empty())
                .extract().jsonPath().getLong("id");
    }

    @Test
    void aTypedRoundShowsNoChoicesAndLocksInTheTextOnceAsTyped() {
        long id = startTyped();
        String answers = "/api/local/rounds/" + id + "/answers";

        post(answers, Map.of("player", "Ada", "text", " **Picard** @everyone ")).statusCode(200)
                .body("text", is("**Picard** @everyone"))
                .body("message", is("Locked in: **Picard** @everyone. The answer is revealed when the round closes."));
        post(answers, Map.of("player", "Ada", "text", "Riker")).statusCode(409)
                .body("detail", is("You answered already: **Picard** @everyone. Your first answer stands."));
        given().queryParam("player", "Ada").get("/api/local/rounds/" + id).then().statusCode(200)
                .body("you.typed", is("**Picard** @everyone"))
                .body("you.choice", nullValue())
                .body("you.correct", nullValue());
        assertEquals(List.of("**Picard** @everyone"), Rounds.typedAnswers(id));
    }

    @Test
    void blankOverlongOtherModeAndLateAnswersAreRefusedNamingTheFieldAndNothingIsStored() {
        long id = startTyped();
        String answers = "/api/local/rounds/" + id + "/answers";

        post(answers, Map.of("player", "Bob", "text", "  ")).statusCode(400)
                .body("errors[0].field", is("text"))
                .body("errors[0].message", is("Your answer is empty: type the answer. Nothing was recorded."));
        post(answers, Map.of("player", "Bob", "text", "x".repeat(4_000))).statusCode(400)
                .body("errors[0].field", is("text"))
                .body("errors[0].message", is("Your answer must be at most 200 characters, not 4000. Nothing was"
                        + " recorded."));
        post(answers, Map.of("player", "Bob", "choice", "A")).statusCode(400)
                .body("errors[0].field", is("text"))
                .body("errors[0].message", is("This round is answered by typing the answer, not with a choice."
                        + " Nothing was recorded."));
        post(answers, Map.of("player", "Bob")).statusCode(400)
                .body("errors[0].field", is("choice"));
        post(answers, Map.of("player", "Bob", "choice", "A", "text", "Picard")).statusCode(400)
                .body("errors[0].field", is("text"));
        TestClock.NOW.advance(Duration.ofSeconds(30));
        post(answers, Map.of("player", "Bob", "text", "Picard")).statusCode(409)
                .body("detail", is("This round is closed; answers are no longer taken."));
        assertEquals(List.of(), Rounds.typedAnswers(id));
    }

    @Test
    void textForARoundPlayedWithButtonsIsRefusedNamingTheChoice() {
        long id = post("/api/local/rounds", Map.of("channel", channel)).statusCode(201).body("mode", is("buttons"))
                .extract().jsonPath().getLong("id");

        post("/api/local/rounds/" + id + "/answers", Map.of("player", "Bob", "text", "Picard")).statusCode(400)
                .body("errors[0].field", is("choice"))
                .body("errors[0].message", is("This round is answered with one of its choices, not by typing."
                        + " Nothing was recorded."));
        assertEquals(List.of(), Rounds.typedAnswers(id));
    }

    @Test
    void anUnknownModeIsA400NamingItAndStartsNothing() {
        post("/api/local/rounds", Map.of("channel", channel, "mode", "spoken")).statusCode(400)
                .body("errors[0].field", is("mode"))
                .body("errors[0].message", is("must be buttons or typed, not 'spoken'"));
        post("/api/local/rounds", Map.of("channel", channel)).statusCode(201);
    }

    @Test
    void theRevealOfATypedRoundGivesTheAnswerWhatWasAcceptedAndWhoGotItRight() {
        long id = startTyped();
        String answers = "/api/local/rounds/" + id + "/answers";
        post(answers, Map.of("player", "Ada", "text", Rounds.askedAnswer(id).toUpperCase())).statusCode(200);
        post(answers, Map.of("player", "Bob", "text", "not the answer at all")).statusCode(200);

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();

        given().queryParam("player", "Ada").get("/api/local/rounds/" + id).then().statusCode(200)
                .body("reveal.mode", is("TYPED"))
                .body("reveal.answerLabel", nullValue())
                .body("reveal.answer", is(Rounds.askedAnswer(id)))
                .body("reveal.accepted", is(Rounds.acceptedAnswers(id)))
                .body("reveal.answered", is(2))
                .body("reveal.correct", is(1))
                .body("reveal.fastest[0].displayName", is("Ada"))
                .body("you.correct", is(true));
    }

    @Test
    void aTypedGameKeepsItsModeForTheNextQuestion() {
        long first = post("/api/local/rounds", Map.of("channel", channel, "mode", "typed", "questions", 2,
                "player", "Ada")).statusCode(201).body("mode", is("typed")).extract().jsonPath().getLong("id");
        long gameId = given().get("/api/local/rounds/" + first).then().extract().jsonPath().getLong("game.gameId");

        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        TestClock.NOW.advance(config.pauseBetweenRounds());
        nextGameRound.playDue();

        long second = given().get("/api/local/games/" + gameId).then().statusCode(200).extract().jsonPath()
                .getLong("latestRoundId");
        given().get("/api/local/rounds/" + second).then().statusCode(200)
                .body("mode", is("typed"))
                .body("choices", empty())
                .body("game.number", is(2));
        post("/api/local/rounds/" + second + "/answers", Map.of("player", "Ada", "text", "Picard")).statusCode(200);
    }
}
