package app.footnote.chat.discord.moderation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.bank.BankValidator;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.chat.discord.InteractionRouter;
import app.footnote.testing.HostileUploads;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A moderator's attachments reach the same import and generator as the HTTP API, under the same limits: refused
 * with a private reply that says why, or read in seconds; never "something went wrong".
 */
@QuarkusTest
class DiscordUploadLimitsTest {

    private static final Duration BOUNDED = Duration.ofSeconds(30);

    @Inject
    InteractionRouter router;

    private final FakeDiscord discord = new FakeDiscord();
    private User moderator;

    @BeforeEach
    void moderator() {
        moderator = discord.member("Number One");
        when(discord.server.hasAnyPermission(eq(moderator), any(PermissionType[].class))).thenReturn(true);
    }

    private FakeDiscord.Sent attach(String subcommand, String file, String content) {
        return assertTimeoutPreemptively(BOUNDED, () -> discord.command("trivia-admin " + subcommand, moderator,
                Map.of("file", FakeDiscord.attachment(file, content.getBytes(UTF_8)))).through(router).reply());
    }

    @Test
    void anImportWithAnAliasIsRefusedNamingTheFileAndLineInASmallReport() {
        FakeDiscord.Sent refused = attach("import", "bomb.yaml", HostileUploads.aliasBomb());

        assertEquals("Nothing was imported", refused.embed().path("title").asText());
        String report = new String(refused.files().get("problems.txt"), UTF_8);
        assertTrue(report.contains("bomb.yaml:" + HostileUploads.ALIAS_BOMB_ANCHOR_LINE + ": anchors (&name) and"
                + " aliases (*name) are not allowed"), report);
        assertTrue(report.length() < 1_000, report.length() + " characters");
    }

    @Test
    void anImportOfAQuestionWithTwentyThousandWrongChoicesIsRefusedNamingTheLimit() {
        FakeDiscord.Sent refused = attach("import", "crowded.yaml", HostileUploads.manyWrongChoices(20_000));

        String report = new String(refused.files().get("problems.txt"), UTF_8);
        assertTrue(report.contains("question 'crowded' field 'wrong': has 20000 choices; at most "
                + BankValidator.MAX_WRONG), report);
    }

    @Test
    void anArticleOfInitialsIsReadInSecondsAndTheModeratorIsToldNothingMatched() {
        FakeDiscord.Sent reply = attach("generate", "initials.txt", HostileUploads.initials());

        assertTrue(reply.embed().path("title").asText().startsWith("0 question(s) proposed"), reply.toString());
    }

    @Test
    void aLongLineOfCapitalisedWordsIsReadWithoutOverflowingTheStack() {
        FakeDiscord.Sent reply = attach("generate", "shouting.txt", HostileUploads.capitalisedWords(9_000));

        assertFalse(String.valueOf(reply.content()).startsWith("Something went wrong"), reply.content());
        assertTrue(reply.embed().path("title").asText().startsWith("0 question(s) proposed"), reply.toString());
    }
}
