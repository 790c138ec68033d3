package app.footnote.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

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
}
