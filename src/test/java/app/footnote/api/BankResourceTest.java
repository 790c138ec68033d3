package app.footnote.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import app.footnote.bank.Bank;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankReader;
import app.footnote.testing.Questions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BankResourceTest {

    @Test
    void bankSummaryCountsTheShippedQuestionsByArticleCategoryAndDifficulty() {
        given().get("/api/bank").then().statusCode(200)
                .body("questions", greaterThanOrEqualTo(80))
                .body("articles", hasSize(4))
                .body("articles.questions", everyItem(greaterThanOrEqualTo(10)))
                .body("articles.find { it.id == '003_e706162e0d10076d' }.published", is("2020-06-12"))
                .body("categories.keySet()", containsInAnyOrder("cast", "story", "production", "release", "franchise"))
                .body("difficulties.keySet()", contains("easy", "medium", "hard"));
    }

    @Test
    void bankSummaryNeverExposesAnswers() {
        given().get("/api/bank").then().statusCode(200)
                .body("keySet()", containsInAnyOrder("questions", "articles", "categories", "difficulties"))
                .body("articles[0].keySet()", containsInAnyOrder("id", "title", "outlet", "published", "questions"));
    }

    @Test
    void theSummaryIsTheSharedBankAloneNotServersOwnQuestionsOrUploads() {
        String guild = GuildQuestionsResourceTest.guild();
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON)
                .body(Questions.json("server-only", "server-only-lore", "Who stepped away on this server?"))
                .post("/api/guilds/" + guild + "/questions").then().statusCode(201);
        GuildQuestionsResourceTest.admin().contentType("text/plain").body(Questions.GENERATOR_ARTICLE)
                .post("/api/guilds/" + guild + "/questions/generate").then().statusCode(200);
        Bank shipped = new BankReader().read(Path.of("questions"));

        given().get("/api/bank").then().statusCode(200)
                .body("questions", is((int) shipped.questions().stream().filter(q -> !q.draft()).count()))
                .body("articles.id", containsInAnyOrder(shipped.articles().stream().map(BankArticle::id)
                        .toArray()))
                .body("categories", not(hasKey("server-only-lore")));
    }
}
