package app.footnote.api;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.footnote.bank.Question;
import app.footnote.chat.local.LocalPlay;
import app.footnote.testing.Questions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** {guild} names a Discord server or the local play server, and nothing else: never the shared bank. */
@QuarkusTest
class GuildIdsTest {

    private static long countInScope(String scope) {
        return QuarkusTransaction.requiringNew().call(() -> Question.count("scope", scope));
    }

    @Test
    void theSharedBanksScopeIsNoServerSoItsRoutesCannotWriteTheSharedBank() {
        long sharedBefore = countInScope(Question.SHARED);

        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON)
                .body(Questions.json("shared-takeover", "production", "Who took the shared bank over?"))
                .post("/api/guilds/shared/questions").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("guild")).body("errors[0].message", containsString("'shared'"));
        String yaml = "questions:\n" + Questions.yaml("shared-import", "production", "Who imported into shared?");
        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(yaml.getBytes(UTF_8))
                .post("/api/guilds/shared/questions/import").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("guild"));
        GuildQuestionsResourceTest.admin().delete("/api/guilds/shared/questions/picard-s2-tax-incentives").then()
                .statusCode(400);

        assertEquals(sharedBefore, countInScope(Question.SHARED));
        given().get("/api/guilds/" + GuildQuestionsResourceTest.guild() + "/questions/shared-takeover").then()
                .statusCode(404);
    }

    @Test
    void anIdWithASpaceABarOrANewlineIs400AndSavesNothing() {
        for (String guild : List.of("a b", "a|b", "a\nb", "*", "")) {
            GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).pathParam("guild", guild)
                    .body(Questions.json("bad-guild", "production", "Who stepped away as showrunner?"))
                    .post("/api/guilds/{guild}/questions").then()
                    .statusCode(guild.isEmpty() ? anyOf(is(400), is(404)) : is(400)).contentType(Problem.MEDIA_TYPE);
            assertEquals(0, countInScope(guild), guild);
        }
        // '*' is the scope of the global scores: no server's board.
        given().pathParam("guild", "*").get("/api/guilds/{guild}/leaderboard").then().statusCode(400)
                .body("errors.field", hasItem("guild"));
    }

    @Test
    void anIdLongerThanADiscordIdIs400NotAFailedWrite() {
        for (String guild : List.of("1".repeat(21), "1".repeat(33))) {
            GuildQuestionsResourceTest.admin().contentType(ContentType.JSON)
                    .body(Questions.json("long-guild", "production", "Who stepped away as showrunner?"))
                    .post("/api/guilds/" + guild + "/questions").then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("guild"))
                    .body("errors[0].message", containsString("1 to 20 digits"));
        }
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON)
                .body(Questions.json("longest-guild", "production", "Who stepped away as showrunner?"))
                .post("/api/guilds/" + "9".repeat(20) + "/questions").then().statusCode(201);
    }

    @Test
    void theLocalPlayServerIsReachedByItsIdLikeAnyServer() {
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON)
                .body(Questions.json("asked-locally", "local-lore", "Who stepped away from the local show?"))
                .post("/api/guilds/" + LocalPlay.GUILD + "/questions").then().statusCode(201);

        given().get("/api/guilds/" + LocalPlay.GUILD + "/questions?origin=server&category=local-lore").then()
                .statusCode(200).body("items.id", hasItem("asked-locally"));
        GuildQuestionsResourceTest.admin().delete("/api/guilds/" + LocalPlay.GUILD + "/questions/asked-locally")
                .then().statusCode(200).body("status", equalTo("retired"));
    }
}
