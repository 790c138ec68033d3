package app.footnote.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.footnote.chat.discord.FakeDiscord;
import app.footnote.testing.LoopbackSite;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A feed added where the bot reads only public addresses, as it does by default: the check refuses a private one. */
@QuarkusTest
@TestProfile(FeedsOnPublicAddressesTest.PublicOnly.class)
class FeedsOnPublicAddressesTest {

    public static class PublicOnly implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("footnote.news.allow-private-addresses", "false");
        }
    }

    private final String guild = String.valueOf(FakeDiscord.snowflake());
    private final LoopbackSite site = new LoopbackSite();

    @AfterEach
    void stop() {
        site.close();
    }

    private io.restassured.response.ValidatableResponse add(String url) {
        return given().header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON)
                .body(Map.of("url", url)).post("/api/guilds/" + guild + "/feeds").then();
    }

    @Test
    void aFeedAtAPrivateAddressIsRefusedBeforeAnyRequestAndNothingIsFollowed() {
        site.rss("/rss.xml");

        add(site.url("/rss.xml")).statusCode(400).body("errors[0].field", equalTo("url"))
                .body("detail", equalTo("url: Not followed: " + site.url("/rss.xml") + " is at 127.0.0.1, a loopback"
                        + " address (this machine); Footnote reads only public addresses."));
        add("http://localhost:" + site.port() + "/rss.xml").statusCode(400)
                .body("detail", containsString("localhost resolves to"))
                .body("detail", containsString("a loopback address"));
        add("http://10.0.0.5/rss.xml").statusCode(400).body("detail", containsString("10.0.0.5, a private address"));
        add("http://169.254.169.254/latest/meta-data/").statusCode(400)
                .body("detail", containsString("the cloud metadata address"));

        assertEquals(0, site.hits("/rss.xml"));
        given().header("Authorization", "Bearer test-admin-token").get("/api/guilds/" + guild + "/feeds").then()
                .statusCode(200).body("", hasSize(0));
    }
}
