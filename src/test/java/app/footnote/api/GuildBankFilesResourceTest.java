package app.footnote.api;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import app.footnote.testing.Questions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Import and export of a server's questions, and its scores, over HTTP. */
@QuarkusTest
class GuildBankFilesResourceTest {

    private final String guild = GuildQuestionsResourceTest.guild();

    private String base() {
        return "/api/guilds/" + guild;
    }

    @Test
    void aHalfBadImportChangesNothingAndNamesEachProblemByQuestionFieldAndLine() {
        String yaml = "questions:\n" + Questions.yaml("good-one", "production", "Who stepped away as showrunner?")
                + Questions.yaml("bad-one", "production", "Who left for Kavalier and Clay?")
                        .replace("answer: Michael Chabon", "answer: Patrick Stewart");

        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(yaml.getBytes(UTF_8))
                .post(base() + "/questions/import").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.questionId", hasItem("bad-one")).body("errors.field", hasItem("sources[0].quote"))
                .body("errors.line", hasItem(20));

        given().get(base() + "/questions?origin=server").then().body("total", equalTo(0));
    }

    @Test
    void anImportAddsThenUpdatesAndTheExportImportsBackUnchanged() {
        String yaml = "questions:\n" + Questions.yaml("one", "production", "Who stepped away as showrunner?")
                + Questions.yaml("two", "crew", "Which novelist left the show?");

        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(yaml.getBytes(UTF_8))
                .post(base() + "/questions/import").then().statusCode(200).body("inserted", equalTo(2));
        GuildQuestionsResourceTest.admin().contentType("application/yaml")
                .body(yaml.replace("crew", "writers").getBytes(UTF_8))
                .post(base() + "/questions/import").then().statusCode(200).body("inserted", equalTo(0))
                .body("updated", equalTo(1)).body("unchanged", equalTo(1));

        String exported = GuildQuestionsResourceTest.admin().get(base() + "/questions/export").then()
                .statusCode(200).contentType(containsString("application/yaml"))
                .header("Content-Disposition", containsString(".yaml")).extract().asString();
        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(exported.getBytes(UTF_8))
                .post(base() + "/questions/import").then().statusCode(200).body("unchanged", equalTo(2))
                .body("inserted", equalTo(0)).body("updated", equalTo(0));
        GuildQuestionsResourceTest.admin().get(base() + "/questions/two").then().body("category",
                equalTo("writers")).body("changes.action", hasItems("imported"));
    }

    @Test
    void importsOverOneMegabyteOrFiveHundredQuestionsAre413() {
        String big = "questions: []\n# " + "x".repeat(1024 * 1024);
        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(big.getBytes(UTF_8))
                .post(base() + "/questions/import").then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(413));

        StringBuilder many = new StringBuilder("questions:\n");
        for (int i = 0; i < 501; i++) {
            many.append(Questions.yaml("q-" + i, "bulk", "Question number " + i + "?"));
        }
        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(many.toString().getBytes(UTF_8))
                .post(base() + "/questions/import").then().statusCode(413).body("detail", containsString("501"));
        given().get(base() + "/questions?origin=server").then().body("total", equalTo(0));
    }

    @Test
    void leaderboardAndPlayerAreReadWithoutAToken() {
        given().get(base() + "/leaderboard?period=week").then().statusCode(200).body("period", equalTo("WEEK"))
                .body("top.size()", equalTo(0));
        given().get(base() + "/leaderboard?period=year").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("period"));
        given().get(base() + "/players/12345").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aBodySentInChunksIsCutAtOneMegabyteWithTheSameProblem() throws Exception {
        byte[] big = ("questions: []\n# " + "x".repeat(1024 * 1024)).getBytes(UTF_8);
        // An input stream of unknown length goes in chunks, declaring no Content-Length.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + base()
                + "/questions/import")).header("Authorization", "Bearer " + GuildQuestionsResourceTest.TOKEN)
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"status\":413"), response.body());
    }
}
