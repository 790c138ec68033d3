package app.footnote.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.footnote.chat.discord.FakeDiscord;
import app.footnote.testing.LoopbackSite;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A server's feeds over the REST API: followed up to the limit, listed, removed, all with the admin token. */
@QuarkusTest
class FeedsTest {

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

    @Test
    void aServerFollowsAFeedListsItAndStopsFollowingIt() {
        int id = add(Map.of("url", site.url("/rss.xml"), "category", "business", "auto", true, "channel", "42"))
                .statusCode(201).body("url", equalTo(site.url("/rss.xml"))).body("category", equalTo("business"))
                .body("auto", equalTo(true)).body("status", nullValue()).extract().path("id");

        admin().get("/api/guilds/" + guild + "/feeds").then().statusCode(200).body("", hasSize(1))
                .body("[0].id", equalTo(id)).body("[0].channelId", equalTo("42"));
        admin().get("/api/guilds/" + guild + "/feeds/" + id).then().statusCode(200).body("auto", equalTo(true));

        admin().delete("/api/guilds/" + guild + "/feeds/" + id).then().statusCode(200).body("id", equalTo(id));
        admin().get("/api/guilds/" + guild + "/feeds").then().statusCode(200).body("", hasSize(0));
        admin().get("/api/guilds/" + guild + "/feeds/" + id).then().statusCode(404)
                .body("detail", containsString("follows no feed " + id));
        assertEquals(0, site.hits("/rss.xml"));
    }

    @Test
    void aServerFollowsAtMostTenFeedsAndEachOnce() {
        for (int i = 0; i < 10; i++) {
            add(Map.of("url", "http://127.0.0.1:9/feed-" + i + ".xml")).statusCode(201);
        }

        add(Map.of("url", "http://127.0.0.1:9/feed-10.xml")).statusCode(409)
                .body("detail", containsString("follows 10 feeds, the most a server may"));
        admin().delete("/api/guilds/" + guild + "/feeds/" + admin().get("/api/guilds/" + guild + "/feeds").then()
                .extract().path("[0].id")).then().statusCode(200);
        add(Map.of("url", "http://127.0.0.1:9/feed-1.xml")).statusCode(409)
                .body("detail", containsString("follows http://127.0.0.1:9/feed-1.xml already"));
        add(Map.of("url", "http://127.0.0.1:9/feed-10.xml")).statusCode(201);
    }

    @Test
    void aFeedThatIsNoWebAddressOrHasNoUrlIsRefusedNamingTheField() {
        add(Map.of("url", "ftp://example.com/rss")).statusCode(400).body("errors[0].field", equalTo("url"))
                .body("detail", containsString("not an http or https link"));
        add(Map.of("category", "news")).statusCode(400).body("errors[0].field", equalTo("url"));
        add(Map.of("url", site.url("/rss"), "category", "x".repeat(61))).statusCode(400)
                .body("errors[0].field", equalTo("category"));
        add(Map.of("url", site.url("/rss"), "channel", "#news")).statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        add(Map.of("url", site.url("/rss"), "every", "1m")).statusCode(400);

        admin().get("/api/guilds/" + guild + "/feeds").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void feedsNeedTheAdminToken() {
        given().get("/api/guilds/" + guild + "/feeds").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/rss")))
                .post("/api/guilds/" + guild + "/feeds").then().statusCode(401);
        admin().get("/api/guilds/" + guild + "/feeds").then().statusCode(200).body("", hasSize(0));
    }
}
