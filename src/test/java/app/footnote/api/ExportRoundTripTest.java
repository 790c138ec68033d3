package app.footnote.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.footnote.testing.Questions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What the bot exports it accepts back, byte for byte; what it could not, it refuses on the way in. */
@QuarkusTest
@SuppressWarnings("unchecked")
class ExportRoundTripTest {

    private static Map<String, Object> question(String id, String prompt, String answer, String explanation,
            String quote) {
        return Map.of("id", id, "category", "odd-text", "difficulty", "hard", "prompt", prompt, "answer", answer,
                "wrong", List.of("'single' quotes", "\"double\" quotes", "2021"), "explanation", explanation,
                "sources", List.of(Map.of("url", "https://example.org/odd?x=1#y", "quote", quote)));
    }

    private static byte[] export(String guild) {
        return GuildQuestionsResourceTest.admin().get("/api/guilds/" + guild + "/questions/export").then()
                .statusCode(200).extract().asByteArray();
    }

    @Test
    void questionsCreatedOverPostExportToAFileThatImportsIntoAnotherServerUnchanged() {
        String from = GuildQuestionsResourceTest.guild();
        String to = GuildQuestionsResourceTest.guild();
        List<Map<String, Object>> questions = List.of(
                question("colon-and-hash", "What: is # this, and - that?", "2020",
                        "Line one.\nLine two,\tafter a tab.\n\nA paragraph.", "It was 2020: the year."),
                question("unicode-text", "Qu’est-ce que « cela » — 😀?", "Ça – 🚀",
                        "  Leading spaces, trailing ones  ", "Ça – 🚀 here, with\nline breaks"),
                question("yaml-words", "null? no? ~? true?", "yes", "null", "yes is the answer"));
        for (Map<String, Object> question : questions) {
            GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(question)
                    .post("/api/guilds/" + from + "/questions").then().statusCode(201);
        }

        byte[] exported = export(from);
        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(exported)
                .post("/api/guilds/" + to + "/questions/import").then().statusCode(200)
                .body("inserted", equalTo(3));

        assertEquals(new String(exported, UTF_8), new String(export(to), UTF_8));
        for (Map<String, Object> question : questions) {
            Map<String, Object> there = GuildQuestionsResourceTest.admin().get("/api/guilds/" + to + "/questions/"
                    + question.get("id")).then().statusCode(200).extract().jsonPath().getMap("");
            question.forEach((field, value) -> {
                if (!field.equals("sources")) {
                    assertEquals(value, there.get(field), field);
                }
            });
            Map<String, Object> source = ((List<Map<String, Object>>) question.get("sources")).get(0);
            Map<String, Object> sourceThere = ((List<Map<String, Object>>) there.get("sources")).get(0);
            assertEquals(source.get("url"), sourceThere.get("url"));
            assertEquals(source.get("quote"), sourceThere.get("quote"));
        }
    }

    @Test
    void controlCharactersAreRefusedExceptLineBreaksAndTabsWhereTextRunsOnLines() {
        String guild = GuildQuestionsResourceTest.guild();
        Map<String, Object> nul = new HashMap<>(Questions.json("with-nul", "production", "Who stepped away?"));
        nul.put("answer", "Michael\u0000Chabon");
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(nul)
                .post("/api/guilds/" + guild + "/questions").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("answer"))
                .body("errors.message", hasItem(containsString("U+0000")));

        Map<String, Object> lines = new HashMap<>(Questions.json("with-lines", "production", "Who stepped\naway?"));
        lines.put("wrong", List.of("Alex Kurtzman", "Akiva\u0085Goldsman", "Terry Matalas"));
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(lines)
                .post("/api/guilds/" + guild + "/questions").then().statusCode(400)
                .body("errors.field", hasItem("prompt")).body("errors.field", hasItem("wrong[1]"));

        Map<String, Object> explained = new HashMap<>(Questions.json("explained", "production", "Who stepped away?"));
        explained.put("explanation", "He left\n\tto adapt his own novel.");
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(explained)
                .post("/api/guilds/" + guild + "/questions").then().statusCode(201);
    }

    @Test
    void aPromptTheServerAsksAlreadyIsRefusedOnPostAndImport() {
        String guild = GuildQuestionsResourceTest.guild();
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON)
                .body(Questions.json("first-asked", "production", "Who stepped away as showrunner?"))
                .post("/api/guilds/" + guild + "/questions").then().statusCode(201);

        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON)
                .body(Questions.json("asked-again", "production", "  who stepped away as SHOWRUNNER? "))
                .post("/api/guilds/" + guild + "/questions").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("prompt"))
                .body("errors[0].message", containsString("first-asked"));
        String yaml = "questions:\n"
                + Questions.yaml("imported-again", "production", "Who stepped away as showrunner?");
        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(yaml.getBytes(UTF_8))
                .post("/api/guilds/" + guild + "/questions/import").then().statusCode(400)
                .body("errors[0].field", equalTo("prompt")).body("errors[0].line", equalTo(5));

        // Its own question keeps its prompt when edited.
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON)
                .body(Questions.json("first-asked", "crew", "Who stepped away as showrunner?"))
                .put("/api/guilds/" + guild + "/questions/first-asked").then().statusCode(200);
    }

    @Test
    void theExportsFileNameIsGivenSafelyInBothForms() {
        String guild = GuildQuestionsResourceTest.guild();
        GuildQuestionsResourceTest.admin().get("/api/guilds/" + guild + "/questions/export").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"footnote-questions-" + guild
                        + ".yaml\"; filename*=UTF-8''footnote-questions-" + guild + ".yaml"));
    }
}
