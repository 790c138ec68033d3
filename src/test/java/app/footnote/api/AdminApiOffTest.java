package app.footnote.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.footnote.testing.Questions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Without FOOTNOTE_ADMIN_TOKEN the admin API is shut, whatever token a caller sends. */
@QuarkusTest
@TestProfile(AdminApiOffTest.NoAdminToken.class)
class AdminApiOffTest {

    public static class NoAdminToken implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("footnote.api.admin-token", "");
        }
    }

    @Test
    void writesAndAnswersAre403() {
        given().header("Authorization", "Bearer anything").contentType(ContentType.JSON)
                .body(Questions.json("closed", "production", "Who left?")).post("/api/guilds/1/questions").then()
                .statusCode(403).contentType(Problem.MEDIA_TYPE).body("detail", containsString("FOOTNOTE_ADMIN_TOKEN"));
        given().get("/api/guilds/1/questions/export").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Admin API is off"));
        given().header("Authorization", "Bearer anything").get("/api/guilds/1/questions").then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        given().get("/api/guilds/1/questions?size=1").then().statusCode(200);
    }
}
