package app.footnote.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.footnote.testing.Questions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every malformed request is a 400 (or 404, 405…) in problem details naming what is wrong; none is a 500. */
@QuarkusTest
class MalformedRequestsTest {

    private final String base = "/api/guilds/" + GuildQuestionsResourceTest.guild();

    private ValidatableResponse postQuestion(String json) {
        return GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(json)
                .post(base + "/questions").then();
    }

    private static String json(Map<String, Object> body) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(body).toString();
    }

    private static Map<String, Object> question(String id) {
        return new HashMap<>(Questions.json(id, "production", "Who stepped away as showrunner of " + id + "?"));
    }

    @Test
    void aWrongJsonTypeIs400NamingTheFieldAndWhatItMustBe() {
        Map<String, Object> body = question("typed-wrong");
        body.put("prompt", List.of(5));
        postQuestion(json(body)).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("prompt")).body("errors[0].message", equalTo("must be a text value"));

        body = question("typed-wrong");
        body.put("wrong", "Alex Kurtzman");
        postQuestion(json(body)).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("wrong")).body("errors[0].message", equalTo("must be a list"));

        body = question("typed-wrong");
        body.put("sources", List.of(Map.of("article", List.of(), "quote", Questions.QUOTE)));
        postQuestion(json(body)).statusCode(400).body("errors[0].field", equalTo("sources[0].article"));

        given().contentType(ContentType.JSON).body("{\"roundSeconds\": \"twenty\"}").put("/api/local/settings")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("roundSeconds"));
        given().get(base + "/questions/typed-wrong").then().statusCode(404);
    }

    @Test
    void anythingAfterTheJsonValueIsRefused() {
        postQuestion(json(question("trailing")) + " xx").statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("body"));
        postQuestion(json(question("trailing")) + " {}").statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].message", startsWith("has more after the JSON value"));
        given().get(base + "/questions/trailing").then().statusCode(404);
    }

    @Test
    void truncatedJsonNamesWhereItBroke() {
        postQuestion("{\"prompt\": \"Who left?\"").statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("body")).body("errors[0].message", startsWith("is not valid JSON"))
                .body("errors[0].line", equalTo(1));
    }

    @Test
    void aMisspeltFieldIsRefusedNotIgnored() {
        Map<String, Object> body = question("misspelt");
        body.put("explanaton", "Typed in a hurry.");
        postQuestion(json(body)).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("explanaton"))
                .body("errors[0].message", containsString("explanation"));
        given().get(base + "/questions/misspelt").then().statusCode(404);
    }

    @Test
    void aNullWrongChoiceOrSourceIs400NamingIt() {
        Map<String, Object> body = question("null-choice");
        body.put("wrong", new ArrayList<>(Arrays.asList("Alex Kurtzman", null, "Akiva Goldsman", "Terry Matalas")));
        postQuestion(json(body)).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("wrong[1]"));

        body = question("null-source");
        body.put("sources", Arrays.asList((Object) null));
        postQuestion(json(body)).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("sources[0]"));
    }

    @Test
    void aPageFarPastTheEndIsEmpty() {
        given().get(base + "/questions?page=2147483647&size=100").then().statusCode(200)
                .body("items", empty()).body("total", greaterThan(0)).body("page", equalTo(2147483647));
    }

    @Test
    void unknownRoutesMethodsAndMediaTypesAreProblemDetails() {
        given().get("/api/nothing-here").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404)).body("detail", equalTo("Nothing answers GET /api/nothing-here."));
        given().patch(base + "/questions").then().statusCode(405).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(405));
        GuildQuestionsResourceTest.admin().contentType("text/csv").body("a,b").post(base + "/questions").then()
                .statusCode(415).contentType(Problem.MEDIA_TYPE).body("status", equalTo(415));
        given().accept("text/csv").get("/api/bank").then().statusCode(406).contentType(Problem.MEDIA_TYPE);
        given().get(base + "/questions?page=first").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("is not of its type"));
    }

    @Test
    void theLocalApisNotFoundsAreProblemDetailsToo() {
        given().get("/api/local/rounds/999999999").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404)).body("detail", containsString("999999999"));
        given().get("/api/local/players/nobody-by-that-name").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
        given().contentType(ContentType.JSON).body("{\"channel\": \"lobby\", \"colour\": \"red\"}")
                .post("/api/local/rounds").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("colour"));
    }
}
