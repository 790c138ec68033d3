package app.footnote.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.bank.BankWriter;
import app.footnote.moderation.Actor;
import app.footnote.moderation.ReviewQueue;
import app.footnote.testing.BadArticles;
import app.footnote.testing.Questions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Generated questions reach a server's review queue: from an article's text, or as drafts in an imported file. */
@QuarkusTest
class GenerateForServerResourceTest {

    @Inject
    ReviewQueue reviewQueue;

    private final String guild = GuildQuestionsResourceTest.guild();

    @Test
    void anArticleBecomesQuestionsWaitingForReviewThatCiteIt() {
        GuildQuestionsResourceTest.admin().contentType("text/plain").body(Questions.GENERATOR_ARTICLE.getBytes(UTF_8))
                .post("/api/guilds/" + guild + "/questions/generate").then().statusCode(200)
                .body("title", equalTo(Questions.GENERATOR_TITLE)).body("queued", greaterThanOrEqualTo(3))
                .body("articleId", startsWith("upload-"));

        ReviewQueue.Next next = reviewQueue.next(guild).orElseThrow();
        assertTrue(next.waiting() >= 3, "waiting: " + next.waiting());
        BankSource source = next.question().sources().get(0);
        assertTrue(Questions.GENERATOR_ARTICLE.lines().anyMatch(source.quote()::equals), source.quote());
        assertTrue(source.quote().contains(next.question().answer()), next.question().toString());

        ReviewQueue.Approved approved = reviewQueue.approve(next.draft().id(), guild, Actor.API);
        GuildQuestionsResourceTest.admin().get("/api/guilds/" + guild + "/questions/"
                + approved.question().id()).then().statusCode(200)
                .body("prompt", equalTo(next.question().prompt()))
                .body("answer", equalTo(next.question().answer())).body("sources.quote", hasItem(source.quote()));
    }

    @ParameterizedTest
    @MethodSource("app.footnote.testing.BadArticles#all")
    @DisplayName("A body that is no article in English queues nothing and the answer says what is wrong with it")
    void aBodyThatIsNoArticleQueuesNothingAndSaysWhatIsWrong(BadArticles bad) {
        String answer = GuildQuestionsResourceTest.admin().contentType("text/plain").body(bad.bytes())
                .post("/api/guilds/" + guild + "/questions/generate").then().statusCode(200)
                .body("queued", equalTo(0)).body("skipped", hasItem(containsString(bad.problem())))
                .extract().asString();

        assertFalse(answer.contains("Exception"), answer);
        assertTrue(reviewQueue.next(guild).isEmpty(), bad.name());
    }

    @Test
    void generatingNeedsTheAdminToken() {
        io.restassured.RestAssured.given().contentType("text/plain").body(Questions.GENERATOR_ARTICLE)
                .post("/api/guilds/" + guild + "/questions/generate").then().statusCode(401);
    }

    @Test
    void draftsInAnImportedFileWaitForReviewWhileTheRestArePlayed() {
        BankQuestion draft = BankQuestion.of("generated-showrunner", "production", "medium",
                "Who will be stepping away as showrunner on season 2?", Questions.ANSWER,
                List.of("Alex Kurtzman", "Akiva Goldsman", "Kirsten Beyer"), "He left to adapt his novel.",
                List.of(new BankSource(Questions.ARTICLE, null, Questions.QUOTE, 0))).asDraft(true);
        String yaml = new BankWriter().write(List.of(draft)) + Questions.yaml("played-now", "production",
                "Who left the show to write?");

        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(yaml.getBytes(UTF_8))
                .post("/api/guilds/" + guild + "/questions/import").then().statusCode(200)
                .body("inserted", equalTo(1)).body("queued", equalTo(1));

        assertEquals("Who will be stepping away as showrunner on season 2?",
                reviewQueue.next(guild).orElseThrow().question().prompt());
        GuildQuestionsResourceTest.admin().get("/api/guilds/" + guild + "/questions/generated-showrunner").then()
                .statusCode(404);
    }

    @Test
    void aQuestionPostedAsADraftWaitsForReviewInsteadOfBeingPlayed() {
        Map<String, Object> body = new HashMap<>(Questions.json("posted-draft", "production",
                "Who is stepping away from season 2?"));
        body.put("draft", true);

        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(body)
                .post("/api/guilds/" + guild + "/questions").then().statusCode(202).body("waiting", equalTo(1));

        GuildQuestionsResourceTest.admin().get("/api/guilds/" + guild + "/questions/posted-draft").then()
                .statusCode(404);
        assertEquals("Who is stepping away from season 2?", reviewQueue.next(guild).orElseThrow().question()
                .prompt());
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(body)
                .post("/api/guilds/" + guild + "/questions").then().statusCode(409).contentType(Problem.MEDIA_TYPE);
        body.put("id", "in-play");
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(Questions.json("in-play", "production",
                "Who plays?")).post("/api/guilds/" + guild + "/questions").then().statusCode(201);
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(body)
                .put("/api/guilds/" + guild + "/questions/in-play").then().statusCode(400)
                .body("errors[0].field", equalTo("draft"));
    }

    @Test
    void draftsInAnImportFillTheReviewQueueOnlyToItsCapAndNeverTwice() {
        String three = "questions:\n" + drafts(0, 3);
        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(three.getBytes(UTF_8))
                .post("/api/guilds/" + guild + "/questions/import").then().statusCode(200)
                .body("queued", equalTo(3));
        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(three.getBytes(UTF_8))
                .post("/api/guilds/" + guild + "/questions/import").then().statusCode(200)
                .body("queued", equalTo(0)).body("unchanged", equalTo(3));

        String many = "questions:\n" + drafts(0, 101);
        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(many.getBytes(UTF_8))
                .post("/api/guilds/" + guild + "/questions/import").then().statusCode(200)
                .body("queued", equalTo(97)).body("unchanged", equalTo(3)).body("overLimit", equalTo(1));
        assertEquals(100, reviewQueue.next(guild).orElseThrow().waiting());
    }

    /** Drafts numbered from {@code from}, each with a prompt of its own. */
    private static String drafts(int from, int count) {
        StringBuilder yaml = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            yaml.append(Questions.yaml("draft-" + i, "production", "Which showrunner left, take " + i + "?")
                    .replaceFirst("\n", "\n    draft: true\n"));
        }
        return yaml.toString();
    }
}
