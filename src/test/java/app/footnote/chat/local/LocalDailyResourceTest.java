package app.footnote.chat.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.footnote.api.Problem;
import app.footnote.daily.DailySchedule;
import app.footnote.daily.PostDailyQuestions;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The local server's daily question over HTTP: schedule it, answer it, turn it off. */
@QuarkusTest
class LocalDailyResourceTest {

    @Inject
    PostDailyQuestions postDailyQuestions;

    @Test
    void scheduleAnswerAndTurnOffTheLocalDailyQuestion() {
        TestClock.NOW.set(Instant.parse("2026-12-01T10:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("channel", "lounge", "time", "7:00", "timezone",
                "Europe/Paris")).put("/api/local/daily").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", is("time"))
                .body("detail", startsWith("time: '7:00' is not a time of day as HH:mm"));
        given().contentType(ContentType.JSON).body(Map.of("channel", "lounge", "time", "07:00", "timezone",
                "Europe/Paris", "by", "Ada")).put("/api/local/daily").then().statusCode(200)
                .body("time", is("07:00")).body("updatedBy", is("Ada"));
        given().get("/api/local/daily").then().statusCode(200).body("schedule.timezone", is("Europe/Paris"));

        TestClock.NOW.set(Instant.parse("2026-12-02T06:00:00Z"));
        long roundId = postDailyQuestions.postDue().stream()
                .filter(post -> post.round().guildId().equals(LocalPlay.GUILD)).findFirst().orElseThrow().round().id();
        given().get("/api/local/daily").then().statusCode(200).body("latestRound.id", is((int) roundId))
                .body("latestRound.channel", is("lounge"));
        given().contentType(ContentType.JSON).body(Map.of("player", "Ada", "choice", Rounds.rightLabel(roundId)))
                .post("/api/local/rounds/" + roundId + "/answers").then().statusCode(200);

        given().delete("/api/local/daily").then().statusCode(204);
        given().delete("/api/local/daily").then().statusCode(404);
        given().get("/api/local/daily").then().body("schedule", nullValue());
    }

    @Test
    void aChannelOrAuthorLongerThanTheScheduleKeepsIsRefusedByNameAndChangesNothing() {
        String before = given().get("/api/local/daily").then().statusCode(200).extract().asString();

        given().contentType(ContentType.JSON).body(Map.of("channel", "c".repeat(DailySchedule.MAX_CHANNEL_LENGTH + 1),
                "time", "09:00", "timezone", "Europe/Paris")).put("/api/local/daily").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", is("channel"));
        given().contentType(ContentType.JSON).body(Map.of("channel", "lounge", "time", "09:00", "timezone",
                "Europe/Paris", "by", "b".repeat(DailySchedule.MAX_UPDATED_BY_LENGTH + 1))).put("/api/local/daily")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", is("by"));
        given().contentType(ContentType.JSON).body(Map.of("channel", "lounge", "time", "09:00", "timezone",
                "Europe/Paris", "openHours", 30)).put("/api/local/daily").then().statusCode(400)
                .body("errors[0].field", is("openHours"));

        given().get("/api/local/daily").then().statusCode(200).body(is(before));
    }
}
