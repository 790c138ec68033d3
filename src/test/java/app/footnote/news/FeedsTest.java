package app.footnote.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.footnote.chat.discord.FakeDiscord;
import app.footnote.testing.LoopbackSite;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A server's feeds over the REST API: each read once when it is added, followed up to the limit (also when two adds
 * meet), listed, removed, all with the admin token.
 */
@QuarkusTest
class FeedsTest {

    private static final byte[] EMPTY_RSS = ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Wire"
            + "</title><link>http://127.0.0.1/</link><description>-</description></channel></rss>")
            .getBytes(StandardCharsets.UTF_8);

    private final String guild = String.valueOf(FakeDiscord.snowflake());
    private final LoopbackSite site = new LoopbackSite();

    @AfterEach
    void stop() {
        site.close();
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer test-admin-token");
    }

    private io.restassured.response.ValidatableResponse add(Object body) {
        return admin().contentType(ContentType.JSON).body(body).post("/api/guilds/" + guild + "/feeds").then();
    }

    private io.restassured.response.ValidatableResponse followed() {
        return admin().get("/api/guilds/" + guild + "/feeds").then().statusCode(200);
    }

    @Test
    void aServerFollowsAFeedListsItAndStopsFollowingIt() {
        site.rss("/rss.xml");
        int id = add(Map.of("url", site.url("/rss.xml"), "category", "business", "auto", true, "channel", "42"))
                .statusCode(201).body("url", equalTo(site.url("/rss.xml"))).body("category", equalTo("business"))
                .body("auto", equalTo(true))
                .body("status", startsWith("Checked ")).body("status", containsString(": an RSS or Atom feed of 0"
                        + " items; read at the next poll."))
                .extract().path("id");
        // Read once, to check it is a feed; its items wait for the first poll.
        assertEquals(1, site.hits("/rss.xml"));

        followed().body("", hasSize(1)).body("[0].id", equalTo(id)).body("[0].channelId", equalTo("42"));
        admin().get("/api/guilds/" + guild + "/feeds/" + id).then().statusCode(200).body("auto", equalTo(true));

        admin().delete("/api/guilds/" + guild + "/feeds/" + id).then().statusCode(200).body("id", equalTo(id));
        followed().body("", hasSize(0));
        admin().get("/api/guilds/" + guild + "/feeds/" + id).then().statusCode(404)
                .body("detail", containsString("follows no feed " + id));
    }

    @Test
    void aServerFollowsAtMostTenFeedsAndEachOnce() {
        site.rss("/rss.xml");
        for (int i = 0; i < 10; i++) {
            add(Map.of("url", site.url("/rss.xml?n=" + i))).statusCode(201);
        }

        add(Map.of("url", site.url("/rss.xml?n=10"))).statusCode(409)
                .body("detail", containsString("follows 10 feeds, the most a server may"));
        admin().delete("/api/guilds/" + guild + "/feeds/" + followed().extract().path("[0].id")).then()
                .statusCode(200);
        add(Map.of("url", site.url("/rss.xml?n=1"))).statusCode(409)
                .body("detail", containsString("follows " + site.url("/rss.xml?n=1") + " already"));
        add(Map.of("url", site.url("/rss.xml?n=10"))).statusCode(201);
        // A feed refused for the limit or as a duplicate was not fetched.
        assertEquals(11, site.hits("/rss.xml"));
    }

    @Test
    void twoAddsInTheSameMomentOneFeedBelowTheLimitLetOnlyOneIn() throws Exception {
        // GIVEN a server following nine feeds, and a site that answers the checks of two more only once both asked
        site.rss("/rss.xml");
        for (int i = 0; i < 9; i++) {
            add(Map.of("url", site.url("/rss.xml?n=" + i))).statusCode(201);
        }
        CountDownLatch bothAsked = new CountDownLatch(2);
        site.handle("/race.xml", exchange -> {
            bothAsked.countDown();
            try {
                bothAsked.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            LoopbackSite.send(exchange, 200, EMPTY_RSS);
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // WHEN the two are added at once
            List<Future<io.restassured.response.ValidatableResponse>> adds = new ArrayList<>();
            for (String which : new String[]{"a", "b"}) {
                adds.add(pool.submit(() -> add(Map.of("url", site.url("/race.xml?" + which)))));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> details = new ArrayList<>();
            for (Future<io.restassured.response.ValidatableResponse> added : adds) {
                io.restassured.response.ExtractableResponse<?> response = added.get(30, TimeUnit.SECONDS).extract();
                statuses.add(response.statusCode());
                details.add(response.statusCode() == 409 ? response.path("detail") : "");
            }

            // THEN one is let in, and the other is refused at the limit: the server follows ten feeds, not eleven
            assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), details.toString());
            assertTrue(details.stream().anyMatch(d -> d.contains("follows 10 feeds, the most a server may")),
                    details.toString());
            assertEquals(2, site.hits("/race.xml"));
            followed().body("", hasSize(10));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLinkThatIsNoFeedIsRefusedSayingWhyAndNothingIsFollowed() {
        // robots.txt first: the door reads it once per site.
        site.serve("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes());
        site.page("/business/becton", "reuters-becton-carefusion.html");
        site.serve("/broken.rss", 200, "application/rss+xml", "<html>this is no feed".getBytes());
        site.serve("/empty.rss", 200, "application/rss+xml", new byte[0]);
        site.serve("/report.pdf", 200, "application/pdf", "%PDF-1.7".getBytes());
        site.serve("/photo.png", 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        site.serve("/huge.rss", 200, "application/rss+xml", new byte[6 * 1024 * 1024]);
        site.serve("/login.rss", 401, "text/html", "<p>Sign in</p>".getBytes());
        site.rss("/private/feed.rss");

        add(Map.of("url", site.url("/business/becton"))).statusCode(400).body("errors[0].field", equalTo("url"))
                .body("detail",
                        startsWith("url: Not followed: " + site.url("/business/becton") + " is text/html, not an"
                                + " RSS or Atom feed"));
        add(Map.of("url", site.url("/broken.rss"))).statusCode(400)
                .body("detail", containsString("is not an RSS or Atom feed that Footnote can read"));
        add(Map.of("url", site.url("/empty.rss"))).statusCode(400)
                .body("detail", containsString("is not an RSS or Atom feed that Footnote can read"));
        add(Map.of("url", site.url("/report.pdf"))).statusCode(400)
                .body("detail", containsString("is a PDF (application/pdf), not an RSS or Atom feed"));
        add(Map.of("url", site.url("/photo.png"))).statusCode(400)
                .body("detail", containsString("is an image (image/png), not an RSS or Atom feed"));
        add(Map.of("url", site.url("/huge.rss"))).statusCode(400).body("detail", containsString("larger than 5 MB"));
        add(Map.of("url", site.url("/private/feed.rss"))).statusCode(400)
                .body("detail", containsString("robots.txt asks robots not to read"));
        // The site's failures are 502s: the link may be right, the site did not serve a feed.
        add(Map.of("url", site.url("/missing.rss"))).statusCode(502)
                .body("detail", containsString("answered 404 (no such page)"));
        add(Map.of("url", site.url("/login.rss"))).statusCode(502)
                .body("detail", containsString("needs a login or a subscription"));

        followed().body("", hasSize(0));
        assertEquals(0, site.hits("/private/feed.rss"));
    }

    @Test
    void aFeedThatIsNoWebAddressOrHasNoUrlIsRefusedNamingTheField() {
        site.rss("/rss");
        add(Map.of("url", "ftp://example.com/rss")).statusCode(400).body("errors[0].field", equalTo("url"))
                .body("detail", containsString("not an http or https link"));
        add(Map.of("category", "news")).statusCode(400).body("errors[0].field", equalTo("url"));
        add(Map.of("url", site.url("/rss"), "category", "x".repeat(61))).statusCode(400)
                .body("errors[0].field", equalTo("category"));
        add(Map.of("url", site.url("/rss"), "channel", "#news")).statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        add(Map.of("url", site.url("/rss"), "every", "1m")).statusCode(400);

        followed().body("", hasSize(0));
        // Each was refused before its feed was fetched.
        assertEquals(0, site.hits("/rss"));
    }

    @Test
    void feedsNeedTheAdminToken() {
        given().get("/api/guilds/" + guild + "/feeds").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/rss")))
                .post("/api/guilds/" + guild + "/feeds").then().statusCode(401);
        followed().body("", hasSize(0));
        assertEquals(0, site.hits("/rss"));
    }
}
