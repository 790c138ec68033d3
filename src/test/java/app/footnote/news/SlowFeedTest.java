package app.footnote.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.footnote.chat.discord.FakeDiscord;
import app.footnote.testing.LoopbackSite;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A feed whose site is too slow when it is added: the check gives up at the response timeout, and nothing is stored. */
@QuarkusTest
@TestProfile(SlowFeedTest.ShortTimeout.class)
class SlowFeedTest {

    public static class ShortTimeout implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("footnote.news.response-timeout", "1s");
        }
    }

    private final String guild = String.valueOf(FakeDiscord.snowflake());
    private final LoopbackSite site = new LoopbackSite();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aFeedTooSlowToReadIsRefusedAtTheResponseTimeoutAndNothingIsFollowed() {
        // GIVEN a feed that sends a little every 200 ms, for 30 s in all
        site.handle("/slow.rss", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 150; i++) {
                    out.write("<!-- more -->".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException | IOException e) {
                // the bot hung up, as it should
            }
        });

        // WHEN it is added (after a first request, so that the bot's own warming up is not counted)
        given().header("Authorization", "Bearer test-admin-token").get("/api/guilds/" + guild + "/feeds").then()
                .statusCode(200);
        long start = System.nanoTime();
        given().header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON)
                .body(Map.of("url", site.url("/slow.rss"))).post("/api/guilds/" + guild + "/feeds").then()
                .statusCode(502).body("detail", containsString("Not followed: 127.0.0.1 took longer than 1 s to send"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // THEN the answer came about the timeout, long before the site was done, and the server follows nothing
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
        given().header("Authorization", "Bearer test-admin-token").get("/api/guilds/" + guild + "/feeds").then()
                .statusCode(200).body("", hasSize(0));
    }
}
