package app.footnote.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.footnote.bank.Article;
import app.footnote.bank.BankSource;
import app.footnote.moderation.ReviewQueue;
import app.footnote.testing.LoopbackSite;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A moderator hands the API an article's link: its questions wait for review, citing the article read from it. */
@QuarkusTest
class GenerateFromLinkResourceTest {

    private static final String CANONICAL = "https://www.reuters.com/article/"
            + "us-carefusion-m-a-bectondickinson-idUSKCN0HU0WM20141005";

    @Inject
    ReviewQueue reviewQueue;

    private final LoopbackSite site = new LoopbackSite();
    private final String guild = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L,
            999_999_999_999_999_999L));

    @AfterEach
    void stop() {
        site.close();
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer test-admin-token");
    }

    private io.restassured.response.ValidatableResponse generate(String link) {
        return admin().contentType(ContentType.JSON).body(Map.of("url", link))
                .post("/api/guilds/" + guild + "/questions/generate").then();
    }

    @Test
    void anArticlesLinkBecomesQuestionsWaitingForReviewThatCiteTheArticleReadFromIt() throws Exception {
        site.page("/business/becton", "reuters-becton-carefusion.html");
        site.redirect("/short", "/business/becton");

        generate(site.url("/short")).statusCode(200)
                .body("title", equalTo("Becton Dickinson to buy CareFusion for $12.2 billion"))
                .body("queued", greaterThanOrEqualTo(1)).body("articleId", startsWith("link-reuters-com-"));

        ReviewQueue.Next next = reviewQueue.next(guild).orElseThrow();
        BankSource source = next.question().sources().get(0);
        String story = Files.readString(Path.of("src/test/resources/generate-devset/tuning/biz-becton-carefusion.txt"));
        assertTrue(story.contains(source.quote()), source.quote());
        assertTrue(source.article().startsWith("link-reuters-com-"), source.article());
        QuarkusTransaction.requiringNew().run(() -> {
            Article article = Article.findById(source.article());
            assertEquals(CANONICAL, article.url);
            assertEquals("Reuters", article.outlet);
            assertEquals("Ankur Banerjee", article.author);
            assertEquals(LocalDate.of(2014, 10, 5), article.published);
            assertTrue(article.body.contains("Medical equipment supplier Becton Dickinson"), article.body);
        });

        // The same story by another link that redirects to it is the same article: nothing is queued twice.
        long waiting = next.waiting();
        generate(site.url("/business/becton")).statusCode(200).body("queued", equalTo(0))
                .body("articleId", equalTo(source.article()));
        assertEquals(waiting, reviewQueue.next(guild).orElseThrow().waiting());
    }

    @Test
    void aLinkTheBotRefusesIsA400NamingTheLinkAndQueuesNothing() {
        site.serve("/report.pdf", 200, "application/pdf", "%PDF-1.7".getBytes());
        site.serve("/empty", 200, "text/html", "<html><body></body></html>".getBytes());

        generate(site.url("/report.pdf")).statusCode(400).body("errors[0].field", equalTo("url"))
                .body("detail", containsString("is a PDF (application/pdf), not a web page"));
        generate(site.url("/empty")).statusCode(400).body("detail", containsString("holds no article text"));
        generate("ftp://example.com/story").statusCode(400).body("detail", containsString("not an http or https"));
        admin().contentType(ContentType.JSON).body("{}").post("/api/guilds/" + guild + "/questions/generate").then()
                .statusCode(400).body("errors[0].field", equalTo("url"));

        assertTrue(reviewQueue.next(guild).isEmpty());
    }

    @Test
    void anImageALoginWallAndASignInPageAreRefusedSayingWhyAndStoreNoArticle() {
        site.serve("/photo.jpg", 200, "image/jpeg", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff});
        site.serve("/paywalled", 403, "text/html", "<p>Subscribe to keep reading</p>".getBytes());
        site.serve("/sign-in", 200, "text/html", ("<html><body><form><p>Log in to keep reading.</p>"
                + "<input type=password></form></body></html>").getBytes());

        generate(site.url("/photo.jpg")).statusCode(400).body("errors[0].field", equalTo("url"))
                .body("detail", containsString("is an image (image/jpeg), not a web page"));
        generate(site.url("/paywalled")).statusCode(502)
                .body("detail", containsString("answered 403 (the page needs a login or a subscription"));
        generate(site.url("/sign-in")).statusCode(400).body("detail", containsString("holds no article text"));

        assertTrue(reviewQueue.next(guild).isEmpty());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Article.count("url like ?1",
                site.url("/") + "%")));
    }

    @Test
    void aSiteThatFailsIsA502SayingWhat() {
        generate(site.url("/missing")).statusCode(502).body("detail", containsString("answered 404 (no such page)"));
        assertTrue(reviewQueue.next(guild).isEmpty());
    }

    @Test
    void generatingFromALinkNeedsTheAdminToken() {
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/x")))
                .post("/api/guilds/" + guild + "/questions/generate").then().statusCode(401);
        assertEquals(0, site.hits("/x"));
    }
}
