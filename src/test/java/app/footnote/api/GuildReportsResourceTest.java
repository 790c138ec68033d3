package app.footnote.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.bank.Question;
import app.footnote.bank.QuestionSource;
import app.footnote.game.Origin;
import app.footnote.game.RevealRound;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;
import app.footnote.moderation.ReportOutcome;
import app.footnote.moderation.ReportQuestion;
import app.footnote.testing.Questions;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Reported questions and the moderators' decisions over HTTP, with the admin token. */
@QuarkusTest
class GuildReportsResourceTest {

    @Inject
    StartRound startRound;
    @Inject
    RevealRound revealRound;
    @Inject
    ReportQuestion reportQuestion;

    private final String guild = GuildQuestionsResourceTest.guild();
    private final String category = "rest-reports";

    private final String twin = "twin-" + System.nanoTime();

    @BeforeEach
    void aReportedQuestion() {
        TestClock.NOW.set(Instant.parse("2026-11-24T10:00:00Z"));
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(Questions.json("chabon", category,
                "Who stepped away?")).post(base() + "/questions").then().statusCode(201);
        long roundId = assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.LOCAL, guild, "c" + System.nanoTime()).category(category)))
                .round().id();
        TestClock.NOW.advance(Duration.ofSeconds(31));
        revealRound.revealDue();
        assertInstanceOf(ReportOutcome.Recorded.class, reportQuestion.report(guild, roundId, "1", "<b>Ada</b>",
                "wrong answer", "@everyone *it was Riker*"));
        assertInstanceOf(ReportOutcome.Recorded.class, reportQuestion.report(guild, roundId, "2", "Bob", "other",
                " "));
    }

    /** The shared bank is every test's: its "twin" questions leave play, so no other test meets their categories. */
    @AfterEach
    void retireTheSharedTwin() {
        QuarkusTransaction.requiringNew().run(() -> Question.update("retired = true where scope = ?1 and slug = ?2",
                Question.SHARED, twin));
    }

    private String base() {
        return "/api/guilds/" + guild;
    }

    @Test
    void theReportsAreListedWithTheQuestionAndTheNotesAsTyped() {
        given().get(base() + "/reports").then().statusCode(401);
        GuildQuestionsResourceTest.admin().get(base() + "/reports").then().statusCode(200)
                .body("size()", is(1))
                .body("[0].question.id", is("chabon"))
                .body("[0].question.answer", is(Questions.ANSWER))
                .body("[0].question.changes.action", contains("added"))
                .body("[0].paused", is(false))
                .body("[0].reports.reason", contains("wrong answer", "other"))
                .body("[0].reports.displayName", contains("<b>Ada</b>", "Bob"))
                .body("[0].reports[0].note", is("@everyone *it was Riker*"))
                .body("[0].reports[1].note", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void dismissingClosesTheReportsAndASecondDecisionIsAConflict() {
        GuildQuestionsResourceTest.admin().post(base() + "/reports/chabon/dismiss").then().statusCode(200)
                .body("decision", is("dismissed")).body("reportsClosed", is(2))
                .body("question.status", is("active"));
        GuildQuestionsResourceTest.admin().get(base() + "/reports").then().statusCode(200).body("size()", is(0));
        GuildQuestionsResourceTest.admin().post(base() + "/reports/chabon/retire").then().statusCode(409)
                .body("detail", startsWith("'chabon' has no open reports on this server"));
        GuildQuestionsResourceTest.admin().get(base() + "/questions/chabon").then().body("status", is("active"));
    }

    @Test
    void retiringTakesTheQuestionOutOfPlay() {
        GuildQuestionsResourceTest.admin().post(base() + "/reports/chabon/retire").then().statusCode(200)
                .body("decision", is("retired")).body("question.status", is("retired"));
        assertInstanceOf(StartOutcome.NothingMatches.class,
                startRound.start(StartRequest.in(Origin.LOCAL, guild, "c" + System.nanoTime()).category(category)));
        given().post(base() + "/reports/chabon/retire").then().statusCode(401);
        GuildQuestionsResourceTest.admin().post(base() + "/reports/no-such-question/dismiss").then().statusCode(404);
    }

    @Test
    void retiringTheQuestionByItsOwnRouteClosesItsReportsToo() {
        GuildQuestionsResourceTest.admin().delete(base() + "/questions/chabon").then().statusCode(200);

        GuildQuestionsResourceTest.admin().get(base() + "/reports").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void changingTheQuestionByAFileImportClosesItsReportsToo() {
        GuildQuestionsResourceTest.admin().contentType("application/yaml").body(("questions:\n" + Questions.yaml(
                "chabon", category, "Who stepped away as showrunner on season 2?")).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))
                .post(base() + "/questions/import").then().statusCode(200).body("updated", is(1));

        GuildQuestionsResourceTest.admin().get(base() + "/reports").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void editingTheQuestionIsTheThirdDecisionAndClosesItsReports() {
        Map<String, Object> edited = new HashMap<>(Questions.json("chabon", category,
                "Who stepped away as showrunner on season 2?"));
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(edited).put(base() + "/questions/chabon")
                .then().statusCode(200);

        GuildQuestionsResourceTest.admin().get(base() + "/reports").then().statusCode(200).body("size()", is(0));
    }

    /**
     * The server's own question "twin", then a shared question that later took the same id (as a bank import would),
     * asked in a round and reported twice; returns the shared question's category. The shared bank is every test's, so
     * "twin" is a new id each time.
     */
    private String aReportedSharedQuestionHiddenByTheServersOwn() {
        String shared = category + "-shared" + System.nanoTime();
        GuildQuestionsResourceTest.admin().contentType(ContentType.JSON).body(Questions.json(twin, category,
                "Who stepped away, the server asks?")).post(base() + "/questions").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            Question own = Question.find("scope = ?1 and slug = ?2", guild, twin).firstResult();
            Question bank = new Question();
            bank.slug = twin;
            bank.category = shared;
            bank.difficulty = own.difficulty;
            bank.prompt = "Who stepped away, the bank asks?";
            bank.answer = own.answer;
            bank.explanation = own.explanation;
            bank.wrongChoices.addAll(own.wrongChoices);
            own.sources.forEach(s -> bank.sources.add(new QuestionSource(s.articleId, s.url, s.quote)));
            bank.createdAt = own.createdAt;
            bank.updatedAt = own.updatedAt;
            bank.persist();
        });
        long roundId = assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.LOCAL, guild, "c" + System.nanoTime()).category(shared)))
                .round().id();
        TestClock.NOW.advance(Duration.ofSeconds(31));
        revealRound.revealDue();
        for (String player : List.of("3", "4")) {
            assertInstanceOf(ReportOutcome.Recorded.class, reportQuestion.report(guild, roundId, player, "P" + player,
                    "other", null));
        }
        return shared;
    }

    @Test
    void aReportedSharedQuestionHiddenByTheServersOwnIsListedAndDismissedItself() {
        aReportedSharedQuestionHiddenByTheServersOwn();

        GuildQuestionsResourceTest.admin().get(base() + "/reports").then().statusCode(200)
                .body("find { it.question.id == '" + twin + "' }.question.origin", is("shared"))
                .body("find { it.question.id == '" + twin + "' }.question.prompt",
                        is("Who stepped away, the bank asks?"));
        GuildQuestionsResourceTest.admin().post(base() + "/reports/" + twin + "/dismiss").then().statusCode(200)
                .body("decision", is("dismissed")).body("reportsClosed", is(2)).body("question.origin", is("shared"));
        GuildQuestionsResourceTest.admin().get(base() + "/reports").then().statusCode(200)
                .body("question.id", contains("chabon"));
    }

    @Test
    void retiringAReportedSharedQuestionHiddenByTheServersOwnSwitchesOffTheSharedOneOnly() {
        String shared = aReportedSharedQuestionHiddenByTheServersOwn();

        GuildQuestionsResourceTest.admin().post(base() + "/reports/" + twin + "/retire").then().statusCode(200)
                .body("decision", is("switched off")).body("reportsClosed", is(2)).body("question.status", is("off"));
        GuildQuestionsResourceTest.admin().get(base() + "/questions/" + twin).then().body("status", is("active"))
                .body("origin", is("server"));
        assertInstanceOf(StartOutcome.NothingMatches.class,
                startRound.start(StartRequest.in(Origin.LOCAL, guild, "c" + System.nanoTime()).category(shared)));
    }
}
