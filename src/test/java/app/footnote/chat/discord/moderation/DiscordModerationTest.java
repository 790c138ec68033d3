package app.footnote.chat.discord.moderation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.chat.discord.InteractionRouter;
import app.footnote.game.Origin;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;
import app.footnote.moderation.QuestionNotFoundException;
import app.footnote.moderation.ServerQuestions;
import app.footnote.testing.LoopbackSite;
import app.footnote.testing.Questions;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;

/** Moderators curating questions and members suggesting them, as Discord delivers each click and form. */
@QuarkusTest
class DiscordModerationTest {

    @Inject
    InteractionRouter router;
    @Inject
    ServerQuestions serverQuestions;
    @Inject
    StartRound startRound;
    @InjectMock
    ChannelMessages channelMessages;

    private final FakeDiscord discord = new FakeDiscord();
    private User moderator;
    private User member;

    @BeforeEach
    void members() {
        moderator = discord.member("Number One");
        member = discord.member("*Wesley* @everyone");
        when(discord.server.hasAnyPermission(eq(moderator), any(PermissionType[].class))).thenReturn(true);
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    private String guild() {
        return discord.server.getIdAsString();
    }

    private static Map<String, String> form(String prompt) {
        return Map.of(DraftFlow.PROMPT, prompt, DraftFlow.ANSWER, Questions.ANSWER, DraftFlow.WRONG,
                "Alex Kurtzman\nAkiva Goldsman\n\nTerry Matalas", DraftFlow.EXPLANATION, "He left to adapt his novel.",
                DraftFlow.SOURCES, Questions.ARTICLE + "\n" + Questions.QUOTE);
    }

    @Test
    void aModeratorAddsAQuestionThroughTheFormAndSavesItAfterSeeingItBack() {
        FakeDiscord.Exchange<?> add = discord.command("trivia-admin add", moderator, Map.of("category", "crew"))
                .through(router);
        FakeDiscord.Modal modal = add.modal().orElseThrow();
        assertEquals("q:add:medium:crew", modal.customId());
        assertTrue(add.deferral().isEmpty(), "a form must be the first answer");
        assertEquals(java.util.List.of(DraftFlow.PROMPT, DraftFlow.ANSWER, DraftFlow.WRONG, DraftFlow.EXPLANATION,
                DraftFlow.SOURCES), java.util.List.copyOf(modal.values().keySet()), "Discord allows five inputs");

        FakeDiscord.Sent preview = discord.submit(modal.customId(), moderator, form("Who stepped away as showrunner?"))
                .through(router).reply();
        assertTrue(preview.ephemeral());
        assertEquals(Questions.ANSWER, preview.field(QuestionEmbeds.ANSWER));
        assertEquals("Save", preview.buttons().get(0).getLabel().orElseThrow());
        assertInstanceOf(StartOutcome.NothingMatches.class,
                startRound.start(StartRequest.in(Origin.DISCORD, guild(), "c0").category("crew")),
                "nothing is saved before the moderator confirms");

        FakeDiscord.Sent saved = discord.click(preview.buttons().get(0).getCustomId().orElseThrow(), moderator)
                .through(router).reply();

        assertTrue(saved.embed().path("title").asText().startsWith("Saved as who-stepped-away-as-showrunner"));
        var question = serverQuestions.find(guild(), "who-stepped-away-as-showrunner");
        assertEquals("discord:" + moderator.getIdAsString(), question.createdBy());
        assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.DISCORD, guild(), "c1").category("crew")));
    }

    @Test
    void anInvalidFormListsEachProblemAndFixReopensItWithWhatWasTyped() {
        Map<String, String> typed = new java.util.HashMap<>(form("Who stepped away?"));
        typed.put(DraftFlow.WRONG, "Alex Kurtzman");
        typed.put(DraftFlow.SOURCES, Questions.ARTICLE + "\nA sentence that is not in the article");

        FakeDiscord.Sent shown = discord.submit("q:add:medium:crew", moderator, typed).through(router).reply();

        String problems = shown.field(QuestionEmbeds.PROBLEMS);
        assertTrue(problems.contains("`wrong`") && problems.contains("`sources[0].quote`"), problems);
        assertTrue(shown.buttons().stream().noneMatch(b -> b.getLabel().orElse("").equals("Save")));
        String fix = shown.buttons().get(0).getCustomId().orElseThrow();

        FakeDiscord.Modal reopened = discord.click(fix, moderator).through(router).modal().orElseThrow();
        assertEquals("Alex Kurtzman", reopened.values().get(DraftFlow.WRONG));
        assertEquals("Who stepped away?", reopened.values().get(DraftFlow.PROMPT));

        FakeDiscord.Sent fixed = discord.submit(reopened.customId(), moderator, form("Who stepped away?"))
                .through(router).reply();
        assertEquals("Save", fixed.buttons().get(0).getLabel().orElseThrow());
    }

    @Test
    void aMemberWithoutManageServerOrTheRoleIsRefusedEveryModeratorCommand() {
        for (String command : new String[]{"trivia-admin add", "trivia-admin export", "trivia-admin review",
                "trivia-admin retire", "trivia-admin generate"}) {
            FakeDiscord.Exchange<?> exchange = discord.command(command, member, Map.of("category", "crew", "id",
                    "picard-s2-tax-incentives")).through(router);
            assertTrue(exchange.modal().isEmpty(), command);
            assertEquals(Moderators.REFUSAL, exchange.reply().content(), command);
        }
        assertEquals("active", serverQuestions.find(guild(), "picard-s2-tax-incentives").status().label());
    }

    @Test
    void retireSwitchesASharedQuestionOffHereShowGivesTheAnswerAndTheChangesAndEditIsRefused() {
        FakeDiscord.Sent retired = discord.command("trivia-admin retire", moderator, Map.of("id",
                "picard-s2-tax-incentives")).through(router).reply();
        assertTrue(retired.content().contains("switched off"), retired.content());

        FakeDiscord.Sent shown = discord.command("trivia-admin show", moderator, Map.of("id",
                "picard-s2-tax-incentives")).through(router).reply();
        assertTrue(shown.ephemeral());
        assertEquals("$20.4 million", shown.field(QuestionEmbeds.ANSWER));
        assertTrue(shown.field(QuestionEmbeds.CHANGES).startsWith("switched off by <@" + moderator.getIdAsString()
                + ">"));

        FakeDiscord.Sent restored = discord.command("trivia-admin restore", moderator, Map.of("id",
                "picard-s2-tax-incentives")).through(router).reply();
        assertTrue(restored.content().contains("in play"));

        FakeDiscord.Exchange<?> edit = discord.command("trivia-admin edit", moderator, Map.of("id",
                "picard-s2-tax-incentives")).through(router);
        assertTrue(edit.modal().isEmpty());
        assertTrue(edit.reply().content().contains("shared question"), edit.reply().content());
    }

    @Test
    void aHalfBadImportImportsNothingAndAttachesEveryProblemThenExportGivesTheFileBack() {
        String good = Questions.yaml("good-one", "crew", "Who stepped away as showrunner?");
        String bad = Questions.yaml("bad-one", "crew", "Who left?").replace("difficulty: easy", "difficulty: brutal");
        FakeDiscord.Sent refused = discord.command("trivia-admin import", moderator, Map.of("file",
                FakeDiscord.attachment("mine.yaml", ("questions:\n" + good + bad).getBytes(UTF_8)))).through(router)
                .reply();

        assertEquals("Nothing was imported", refused.embed().path("title").asText());
        String report = new String(refused.files().get("problems.txt"), UTF_8);
        assertTrue(report.contains("mine.yaml:14 question 'bad-one' field 'difficulty'"), report);
        org.junit.jupiter.api.Assertions.assertThrows(QuestionNotFoundException.class,
                () -> serverQuestions.find(guild(), "good-one"));

        discord.command("trivia-admin import", moderator, Map.of("file", FakeDiscord.attachment("mine.yaml",
                ("questions:\n" + good).getBytes(UTF_8)))).through(router).reply();
        FakeDiscord.Sent exported = discord.command("trivia-admin export", moderator, Map.of()).through(router)
                .reply();
        String yaml = new String(exported.files().values().iterator().next(), UTF_8);
        assertTrue(yaml.contains("id: good-one") && yaml.contains("quote: " + Questions.QUOTE), yaml);

        org.javacord.api.entity.Attachment huge = FakeDiscord.attachment("huge.yaml", new byte[0]);
        when(huge.getSize()).thenReturn(2 * 1024 * 1024);
        FakeDiscord.Sent tooBig = discord.command("trivia-admin import", moderator, Map.of("file", huge))
                .through(router).reply();
        assertTrue(tooBig.content().contains("1 MB"), tooBig.content());
        verify(huge, never()).asByteArray();
    }

    @Test
    void aSuggestionGoesThroughReviewAndItsAuthorIsToldWithoutPingingAnyoneElse() {
        DiscordApi api = mock(DiscordApi.class);
        FakeDiscord.Exchange<?> suggest = discord.command("trivia-suggest", member, Map.of()).through(router);
        String formId = suggest.modal().orElseThrow().customId();
        assertEquals("q:suggestion:medium:community", formId);

        FakeDiscord.Exchange<?> submitted = discord.submit(formId, member, form("Who left @everyone **loudly**?"));
        when(submitted.interaction.getApi()).thenReturn(api);
        FakeDiscord.Sent thanks = submitted.through(router).reply();
        assertTrue(thanks.embed().path("title").asText().contains("waits for the moderators"));
        assertTrue(thanks.buttons().isEmpty());

        FakeDiscord.Sent review = discord.command("trivia-admin review", moderator, Map.of()).through(router).reply();
        assertTrue(review.embed().path("description").asText().contains("\\*\\*loudly\\*\\*"),
                review.embed().toString());
        assertEquals("[]", review.allowedMentions().path("parse").toString());
        assertEquals("Approve", review.buttons().get(0).getLabel().orElseThrow());

        FakeDiscord.Exchange<?> approve = discord.click(review.buttons().get(0).getCustomId().orElseThrow(),
                moderator);
        when(approve.interaction.getApi()).thenReturn(api);
        FakeDiscord.Sent after = approve.through(router).reply();
        assertTrue(after.content().startsWith("Approved"), after.content());
        assertEquals(ReviewAdmin.EMPTY, after.content().substring(after.content().indexOf("No suggestions")));

        ArgumentCaptor<DiscordReply> told = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(String.valueOf(discord.channelId)), told.capture());
        assertTrue(told.getValue().content().startsWith("<@" + member.getIdAsString() + ">"));
        assertEquals(member.getIdAsString(), told.getValue().pingUserId());
        assertTrue(told.getValue().mentions().getMentionTypes().isEmpty(), "no @everyone, no roles, no other users");
        assertEquals(java.util.Set.of(Long.parseLong(member.getIdAsString())),
                told.getValue().mentions().getAllowedUserMentions());
        assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.DISCORD, guild(), "c").category("community")));

        FakeDiscord.Sent twice = discord.click(review.buttons().get(1).getCustomId().orElseThrow(), moderator)
                .through(router).reply();
        assertTrue(twice.content().contains("already approved"), twice.content());
    }

    @Test
    void aModeratorTurnsAnArticlesLinkIntoQuestionsToApprove() {
        try (LoopbackSite site = new LoopbackSite()) {
            site.page("/space/telstar", "orlandosentinel-telstar.html");

            FakeDiscord.Sent proposed = discord.command("trivia-admin generate", moderator, Map.of("url",
                    site.url("/space/telstar"))).through(router).reply();

            assertTrue(proposed.ephemeral());
            assertTrue(proposed.embed().path("title").asText().endsWith("question(s) proposed from “After delays,"
                    + " SpaceX launches satellite from Cape Canaveral”"), proposed.embed().toString());
            assertTrue(discord.command("trivia-admin review", moderator, Map.of()).through(router).reply().embed()
                    .toString().contains("the generator, for Number One"));
        }
    }

    @Test
    void aLinkThatIsNoArticleIsToldWhyAndNothingWaits() {
        try (LoopbackSite site = new LoopbackSite()) {
            site.serve("/scan.png", 200, "image/png", new byte[]{1, 2, 3});

            FakeDiscord.Sent refused = discord.command("trivia-admin generate", moderator, Map.of("url",
                    site.url("/scan.png"))).through(router).reply();
            FakeDiscord.Sent neither = discord.command("trivia-admin generate", moderator, Map.of()).through(router)
                    .reply();

            assertTrue(refused.ephemeral());
            assertTrue(refused.content().contains("is an image") && refused.content().contains("not a web page"),
                    refused.content());
            assertTrue(neither.content().contains("Give the article's `url` or its `file`"), neither.content());
            assertTrue(discord.command("trivia-admin review", moderator, Map.of()).through(router).reply().content()
                    .equals(ReviewAdmin.EMPTY), "the review queue is empty");
        }
    }

    @Test
    void aModeratorTurnsAnAttachedArticleIntoQuestionsToApproveAndNobodyIsAnnounced() {
        byte[] article = Questions.GENERATOR_ARTICLE.getBytes(UTF_8);

        FakeDiscord.Sent proposed = discord.command("trivia-admin generate", moderator, Map.of("file",
                FakeDiscord.attachment("takeover.txt", article))).through(router).reply();

        assertTrue(proposed.ephemeral());
        assertTrue(proposed.embed().path("title").asText().endsWith("question(s) proposed from “"
                + Questions.GENERATOR_TITLE + "”"), proposed.embed().toString());
        assertTrue(new String(proposed.files().get("generate-report.txt"), UTF_8).contains("queued for review"));
        FakeDiscord.Sent review = discord.command("trivia-admin review", moderator, Map.of()).through(router).reply();
        assertTrue(review.embed().toString().contains("the generator, for Number One"), review.embed().toString());
        DiscordApi api = mock(DiscordApi.class);
        FakeDiscord.Exchange<?> approve = discord.click(review.buttons().get(0).getCustomId().orElseThrow(),
                moderator);
        when(approve.interaction.getApi()).thenReturn(api);

        assertTrue(approve.through(router).reply().content().startsWith("Approved"));
        verify(channelMessages, never()).send(any(), any(), any());
    }

    @Test
    void aMemberWhoSuggestsTooOftenIsToldBeforeTheFormOpens() {
        for (int i = 0; i < 5; i++) {
            discord.submit("q:suggestion:medium:community", member, form("Question number " + i + "?"))
                    .through(router).reply();
        }
        FakeDiscord.Exchange<?> sixth = discord.command("trivia-suggest", member, Map.of()).through(router);
        assertTrue(sixth.modal().isEmpty());
        assertTrue(sixth.reply().content().contains("5 suggestions in the last hour"), sixth.reply().content());
        FakeDiscord.Sent direct = discord.submit("q:suggestion:medium:community", member, form("One more?"))
                .through(router).reply();
        assertTrue(direct.content().contains("last hour"), direct.content());
    }
}
