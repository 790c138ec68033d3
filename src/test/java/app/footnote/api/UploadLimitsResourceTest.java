package app.footnote.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import app.footnote.bank.BankProblem;
import app.footnote.bank.BankValidator;
import app.footnote.bank.ProblemReport;
import app.footnote.moderation.Actor;
import app.footnote.moderation.ReviewQueue;
import app.footnote.testing.HostileUploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Uploads built to make the bot spend memory or time (see {@link HostileUploads}) are refused or read over HTTP, each
 * with a 4xx that says what is wrong, or an answer; never a 500 or an echo of the whole file. How long they take is
 * not asserted: the first article a test JVM reads waits for the language models to load, some 15 to 60 s.
 */
@QuarkusTest
class UploadLimitsResourceTest {

    @Inject
    ReviewQueue reviewQueue;

    private final String guild = GuildQuestionsResourceTest.guild();

    private ValidatableResponse upload(String kind, String contentType, String body) {
        return GuildQuestionsResourceTest.admin().contentType(contentType).body(body.getBytes(UTF_8))
                .post("/api/guilds/" + guild + "/questions/" + kind).then();
    }

    @Test
    @DisplayName("An import that uses a YAML alias is refused at the anchor's line, with a small answer")
    void anImportWithAnAliasIsRefusedAtItsLineWithASmallAnswer() {
        String body = upload("import", "application/yaml", HostileUploads.aliasBomb()).statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].line", equalTo(HostileUploads.ALIAS_BOMB_ANCHOR_LINE))
                .body("errors[0].message", containsString("aliases")).extract().asString();

        assertTrue(body.length() < 2_000, body.length() + " characters");
    }

    @Test
    void theProblemsOfABadFileAreListedUpToALimitEachShortened() {
        List<String> messages = upload("import", "application/yaml", HostileUploads.manyLongProblems(150))
                .statusCode(400).body("detail", containsString("150 problem(s)"))
                .body("detail", containsString((150 - ProblemReport.MAX_LISTED) + " more"))
                .body("errors", hasSize(ProblemReport.MAX_LISTED))
                .body("errors.message", hasItem(containsString("…' is not one of easy, medium, hard")))
                .extract().path("errors.message");

        assertTrue(messages.stream().allMatch(message -> message.length() <= BankProblem.MAX_SHOWN), "all short");
    }

    @Test
    void aQuestionWithTwentyThousandWrongChoicesIsRefusedNamingTheLimit() {
        upload("import", "application/yaml", HostileUploads.manyWrongChoices(20_000)).statusCode(400)
                .body("errors.field", hasItem("wrong"))
                .body("errors.message", hasItem("has 20000 choices; at most " + BankValidator.MAX_WRONG
                        + " are allowed"));

        GuildQuestionsResourceTest.admin().get("/api/guilds/" + guild + "/questions/crowded").then().statusCode(404);
    }

    @Test
    void anIdOfAHundredThousandCharactersIsRefusedByItsLength() {
        upload("import", "application/yaml", HostileUploads.longId()).statusCode(400)
                .body("errors.field", hasItem("id"))
                .body("errors.message", hasItem("is 100001 characters; at most " + BankValidator.MAX_ID_LENGTH));
    }

    @Test
    void aDraftTooLargeForTheReviewQueueIsRefusedLikeAnyOtherProblem() {
        upload("import", "application/yaml", HostileUploads.largestDraft()).statusCode(400)
                .body("errors.questionId", hasItem("largest"))
                .body("errors.message", hasItem(containsString("too long to wait for review")));
    }

    @Test
    @DisplayName("200,000 characters of initials on one line are refused as no text, with nothing to ask")
    void anArticleOfInitialsIsRefusedAsNoText() {
        upload("generate", "text/plain", HostileUploads.initials()).statusCode(200).body("queued", equalTo(0))
                .body("skipped", hasItem(containsString("is not text (mostly not letters)")));
    }

    @Test
    void aLongLineOfCapitalisedWordsIsReadWithoutOverflowingTheStack() {
        upload("generate", "text/plain", HostileUploads.capitalisedWords(9_000)).statusCode(200)
                .body("queued", equalTo(0));
    }

    @Test
    void anArticleThatIsOneLongCastListIsRefusedForHavingNoSentences() {
        upload("generate", "text/plain", HostileUploads.castList()).statusCode(200).body("queued", equalTo(0))
                .body("skipped", hasItem(containsString("has no sentences, only headlines or list items")));
    }

    @Test
    void figuresNoOneCanCountAreLeftOutWhileTheRestIsAsked() {
        upload("generate", "text/plain", HostileUploads.impossibleFigures()).statusCode(200)
                .body("queued", greaterThanOrEqualTo(1));

        // Every draft queued asks a figure of the story that a player can read.
        for (var next = reviewQueue.next(guild); next.isPresent(); next = reviewQueue.next(guild)) {
            assertFalse(next.get().question().answer().contains("99999"), next.get().question().toString());
            reviewQueue.reject(next.get().draft().id(), guild, Actor.API);
        }
    }

    @Test
    void frontMatterWithAnAliasIsRefusedAtItsLine() {
        upload("generate", "text/plain", "---\ntitle: &t Galaxy Quest\noutlet: *t\n---\nText.\n").statusCode(400)
                .body("errors[0].line", equalTo(2)).body("errors[0].message", containsString("aliases"));
    }
}
