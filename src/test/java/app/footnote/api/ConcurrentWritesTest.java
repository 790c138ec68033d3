package app.footnote.api;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

import app.footnote.testing.Questions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Identical writes racing each other: the database keeps one, and the others are told 409, never 500. */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int RACERS = 6;

    /** Runs the request from every racer at once and returns each one's status. */
    private static List<Integer> race(IntSupplier request) {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                statuses.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return request.getAsInt();
                }, pool));
            }
            start.countDown();
            return statuses.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void identicalCreatesAtOnceSaveOneAndAnswerTheOthers409() {
        for (int round = 0; round < 5; round++) {
            String guild = GuildQuestionsResourceTest.guild();
            List<Integer> statuses = race(() -> GuildQuestionsResourceTest.admin().contentType(ContentType.JSON)
                    .body(Questions.json("raced", "production", "Who stepped away as showrunner?"))
                    .post("/api/guilds/" + guild + "/questions").statusCode());

            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
            given().get("/api/guilds/" + guild + "/questions?origin=server").then().body("total", equalTo(1));
        }
    }

    @Test
    void identicalImportsAtOnceKeepOneCopyAndAnswerTheOthers409() {
        StringBuilder yaml = new StringBuilder("questions:\n");
        for (int i = 0; i < 20; i++) {
            yaml.append(Questions.yaml("raced-" + i, "production", "Who stepped away, take " + i + "?"));
        }
        byte[] file = yaml.toString().getBytes(UTF_8);
        for (int round = 0; round < 3; round++) {
            String guild = GuildQuestionsResourceTest.guild();
            List<Integer> statuses = race(() -> GuildQuestionsResourceTest.admin().contentType("application/yaml")
                    .body(file).post("/api/guilds/" + guild + "/questions/import").statusCode());

            assertTrue(statuses.contains(200), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
            given().get("/api/guilds/" + guild + "/questions?origin=server").then().body("total", equalTo(20));
        }
    }
}
