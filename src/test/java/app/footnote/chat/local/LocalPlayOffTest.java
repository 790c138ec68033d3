package app.footnote.chat.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.footnote.api.Problem;
import app.footnote.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(LocalPlayOffTest.WithDiscordToken.class)
class LocalPlayOffTest {

    public static class WithDiscordToken implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.ofItsOwn("local-off", Map.of("footnote.discord.token", "not-a-real-token"));
        }
    }

    @Test
    void withADiscordTokenLocalPlayIsOffUnlessTurnedOn() {
        given().get("/api/local/leaderboard").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", startsWith("Local play is off (a Discord token is set)"));
        given().get("/api/bank").then().statusCode(200);
    }
}
