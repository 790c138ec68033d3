package app.footnote.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.footnote.game.Origin;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;
import app.footnote.testing.Questions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The moderators' REST API, as a dashboard or a script calls it. */
@QuarkusTest
class GuildQuestionsResourceTest {

    static final String TOKEN = "test-admin-token";

    @Inject
    StartRound startRound;

    private final String guild = guild();

    static String guild() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 999_999_999_999_999_999L));
    }

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + TOKEN);
    }

    private String base() {
        return "/api/guilds/" + guild;
    }

    private void create(String id, String category, String prompt) {
        admin().contentType(ContentType.JSON).body(Questions.json(id, category, prompt)).post(base() + "/questions")
                .then().statusCode(201);
    }

    @Test
    void aModeratorAddsAQuestionThatOnlyTheAdminTokenSeesTheAnswerOf() {
        admin().contentType(ContentType.JSON).body(Questions.json("chabon-steps-away", "production",
                "Who stepped away as showrunner for season 2?")).post(base() + "/questions")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(base() + "/questions/chabon-steps-away"))
                .body("origin", equalTo("server")).body("status", equalTo("active"))
                .body("answer", equalTo(Questions.ANSWER)).body("changes[0].action", equalTo("added"))
                .body("changes[0].actor", equalTo("api"));

        given().get(base() + "/questions/chabon-steps-away").then().statusCode(200)
                .body("prompt", equalTo("Who stepped away as showrunner for season 2?"))
                .body("answer", nullValue()).body("wrong", nullValue()).body("sources", nullValue());
        admin().get(base() + "/questions/chabon-steps-away").then().statusCode(200)
                .body("answer", equalTo(Questions.ANSWER)).body("sources[0].quote", equalTo(Questions.QUOTE));
    }

    @Test
    void writesWithoutTheRightTokenAreRefusedWith401() {
        given().contentType(ContentType.JSON).body(Questions.json("no-token", "production", "Who left?"))
                .post(base() + "/questions").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(401));
        given().header("Authorization", "Bearer not-the-token").contentType(ContentType.JSON)
                .body(Questions.json("bad-token", "production", "Who left?")).post(base() + "/questions")
                .then().statusCode(401).body("title", equalTo("Authorization required"));
        given().header("Authorization", "Bearer wrong").get(base() + "/questions").then().statusCode(401);
        given().get(base() + "/questions/export").then().statusCode(401);
        given().delete("/api/guilds/" + guild + "/questions/anything").then().statusCode(401);
        given().get(base() + "/questions/no-token").then().statusCode(404);
    }

    @Test
    void eachRefusedTokenIsAProblemSayingWhatToSend() {
        given().post(base() + "/questions/anything/restore").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .body("detail", equalTo("Send the admin token as 'Authorization: Bearer <token>'."));
        given().header("Authorization", "Basic " + TOKEN).get(base() + "/questions/export").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Send the admin token as 'Authorization: Bearer <token>'."));
        given().header("Authorization", "Bearer wrong").get(base() + "/questions").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .body("detail", equalTo("The bearer token is not the admin token."));
        // Only the moderators' API looks at the header: the scores answer whatever token comes along.
        given().header("Authorization", "Bearer wrong").get(base() + "/leaderboard").then().statusCode(200);
    }

    @Test
    void anInvalidQuestionIs400NamingEachFieldAndIsNotSaved() {
        Map<String, Object> body = new HashMap<>(Questions.json("half-right", "Production Notes",
                "Who stepped away?"));
        body.put("wrong", java.util.List.of("Alex Kurtzman"));
        body.put("sources", java.util.List.of(Map.of("article", Questions.ARTICLE, "quote", "Words not there")));

        admin().contentType(ContentType.JSON).body(body).post(base() + "/questions").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(400))
                .body("errors.field", hasItems("category", "wrong", "sources[0].quote"));

        admin().get(base() + "/questions/half-right").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        admin().contentType(ContentType.JSON).body("{\"prompt\": ").post(base() + "/questions").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void acceptedTypedAnswersAreSavedSeenWithTheTokenOnlyAndAWrongChoiceIsNeverAccepted() {
        Map<String, Object> body = new HashMap<>(Questions.json("chabon-accepted", "production",
                "Who stepped away as showrunner, accepting his surname?"));
        body.put("accept", java.util.List.of("Chabon"));
        admin().contentType(ContentType.JSON).body(body).post(base() + "/questions").then().statusCode(201)
                .body("accept", equalTo(java.util.List.of("Chabon")));
        given().get(base() + "/questions/chabon-accepted").then().statusCode(200).body("accept", nullValue());

        Map<String, Object> wrong = new HashMap<>(Questions.json("kurtzman-accepted", "production",
                "Who stepped away as showrunner, accepting a wrong choice?"));
        wrong.put("accept", java.util.List.of("Chabon", "alex kurtzman!"));
        admin().contentType(ContentType.JSON).body(wrong).post(base() + "/questions").then().statusCode(400)
                .body("errors.field", hasItems("accept[1]"));
        admin().get(base() + "/questions/kurtzman-accepted").then().statusCode(404);
    }

    @Test
    void aTakenIdIs409AndASharedQuestionCannotBeEditedOnlySwitchedOff() {
        create("first-id", "production", "Who stepped away as showrunner?");
        admin().contentType(ContentType.JSON).body(Questions.json("first-id", "production", "Who left the show?"))
                .post(base() + "/questions").then().statusCode(409).body("detail", containsString("first-id"));
        admin().contentType(ContentType.JSON).body(Questions.json("picard-s2-tax-incentives", "production",
                "Who left the show?")).post(base() + "/questions").then().statusCode(409);

        admin().contentType(ContentType.JSON).body(Questions.json("picard-s2-tax-incentives", "production",
                "Who left the show?")).put(base() + "/questions/picard-s2-tax-incentives").then().statusCode(409)
                .body("detail", containsString("shared"));
        admin().contentType(ContentType.JSON).body(Questions.json("nope", "production", "Who left the show?"))
                .put(base() + "/questions/nope").then().statusCode(404);

        admin().delete(base() + "/questions/picard-s2-tax-incentives").then().statusCode(200)
                .body("origin", equalTo("shared")).body("status", equalTo("off"));
        given().get("/api/guilds/" + guild() + "/questions/picard-s2-tax-incentives").then()
                .body("status", equalTo("active"));
        admin().post(base() + "/questions/picard-s2-tax-incentives/restore").then().statusCode(200)
                .body("status", equalTo("active")).body("changes.action", hasItems("switched off", "switched on"));
    }

    @Test
    void editKeepsTheIdRetireAndRestoreChangeWhetherItIsAsked() {
        create("to-edit", "production", "Who stepped away as showrunner?");
        Map<String, Object> changed = new HashMap<>(Questions.json("to-edit", "crew", "Which writer left?"));
        admin().contentType(ContentType.JSON).body(changed).put(base() + "/questions/to-edit").then()
                .statusCode(200).body("category", equalTo("crew")).body("prompt", equalTo("Which writer left?"));
        changed.put("id", "renamed");
        admin().contentType(ContentType.JSON).body(changed).put(base() + "/questions/to-edit").then()
                .statusCode(400).body("errors[0].field", equalTo("id"));

        admin().delete(base() + "/questions/to-edit").then().statusCode(200).body("status", equalTo("retired"));
        assertInstanceOf(StartOutcome.NothingMatches.class,
                startRound.start(StartRequest.in(Origin.LOCAL, guild, "c1").category("crew")));
        admin().post(base() + "/questions/to-edit/restore").then().statusCode(200).body("status",
                equalTo("active"));
        assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.LOCAL, guild, "c2").category("crew")));
    }

    @Test
    void oneServersQuestionsNeverReachAnotherServer() {
        create("ours-only", "our-lore", "Who stepped away as showrunner?");
        String other = guild();

        StartOutcome here = startRound.start(StartRequest.in(Origin.LOCAL, guild, "channel").category("our-lore"));
        StartOutcome there = startRound.start(StartRequest.in(Origin.LOCAL, other, "channel").category("our-lore"));

        assertEquals("Who stepped away as showrunner?", ((StartOutcome.Started) here).round().prompt());
        assertInstanceOf(StartOutcome.NothingMatches.class, there);
        given().get("/api/guilds/" + other + "/questions/ours-only").then().statusCode(404);
        given().get("/api/guilds/" + other + "/questions?category=our-lore").then().body("total", equalTo(0));
        given().get(base() + "/questions?origin=server").then().body("total", equalTo(1))
                .body("items[0].id", equalTo("ours-only"));
    }

    @Test
    void aSharedQuestionSwitchedOffIsNeverAskedThere() {
        admin().delete(base() + "/questions/picard-s2-tax-incentives").then().statusCode(200);
        String category = given().get(base() + "/questions/picard-s2-tax-incentives").then().extract()
                .path("category");
        String prompt = given().get(base() + "/questions/picard-s2-tax-incentives").then().extract().path("prompt");
        int inCategory = given().get(base() + "/questions?status=active&size=100&category=" + category).then()
                .body("items.id", not(hasItem("picard-s2-tax-incentives"))).extract().path("total");

        for (int i = 0; i < inCategory * 2 + 2; i++) {
            StartOutcome outcome = startRound.start(StartRequest
                    .in(Origin.LOCAL, guild, UUID.randomUUID().toString().substring(0, 30)).category(category));
            assertNotEquals(prompt, ((StartOutcome.Started) outcome).round().prompt());
        }
        given().get(base() + "/questions?status=off").then().body("items.id", hasItem("picard-s2-tax-incentives"));
    }

    @Test
    void listingPagesAndFiltersWithoutAnswersUnlessTheTokenIsSent() {
        given().get(base() + "/questions?size=5&page=1").then().statusCode(200).body("size", equalTo(5))
                .body("page", equalTo(1)).body("items.size()", equalTo(5)).body("items[0].answer", nullValue())
                .body("total", notNullValue());
        admin().get(base() + "/questions?size=1&difficulty=hard").then().body("items[0].difficulty",
                equalTo("hard")).body("items[0].answer", notNullValue());
        given().get(base() + "/questions?size=500&status=gone").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors.field", hasItems("size", "status"));
    }

    @Test
    void theApiDescribesItselfInOpenApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/guilds/{guild}/questions/import"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/guilds/{guild}/leaderboard"));
    }
}
