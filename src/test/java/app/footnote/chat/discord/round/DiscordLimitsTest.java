package app.footnote.chat.discord.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.game.Origin;
import app.footnote.game.Reveal;
import app.footnote.game.RoundView;

/** Oversized text never makes Discord reject a reply: the adapter shortens it to each limit. */
class DiscordLimitsTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static String words(String word, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(word).append(' ');
        }
        return text.substring(0, length);
    }

    private static FakeDiscord.Sent sent(DiscordReply reply) {
        return FakeDiscord.Sent.of(reply.applyTo(
                FakeDiscord.builder(org.javacord.api.interaction.callback.InteractionFollowupMessageBuilder.class)));
    }

    /** Title, description, field names and values and footer together, as Discord counts an embed's size. */
    private static int size(JsonNode embed) {
        int size = embed.path("title").asText().length() + embed.path("description").asText().length()
                + embed.path("footer").path("text").asText().length();
        for (JsonNode field : embed.path("fields")) {
            size += field.path("name").asText().length() + field.path("value").asText().length();
        }
        return size;
    }

    private static void assertWithinEmbedLimits(JsonNode embed) {
        assertTrue(embed.path("title").asText().length() <= DiscordText.EMBED_TITLE);
        assertTrue(embed.path("description").asText().length() <= DiscordText.EMBED_DESCRIPTION);
        assertTrue(embed.path("fields").size() <= DiscordText.EMBED_FIELDS);
        for (JsonNode field : embed.path("fields")) {
            assertTrue(field.path("value").asText().length() <= DiscordText.EMBED_FIELD_VALUE, field.toString());
            assertTrue(!field.path("value").asText().isBlank(), field.toString());
        }
        assertTrue(size(embed) <= DiscordText.EMBED_TOTAL, "embed of " + size(embed) + " characters");
    }

    @Test
    void anOversizedQuestionIsShortenedAndItsButtonsKeepToEightyCharactersAndFiveARow() {
        List<RoundView.Choice> choices = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            choices.add(new RoundView.Choice(String.valueOf((char) ('A' + i)), words("Borg*cube", 300)));
        }
        RoundView round = new RoundView(7, Origin.DISCORD, "1", "2", words("Which **starship**", 5_000),
                words("cast", 400),
                "hard", app.footnote.game.AnswerMode.BUTTONS, choices, AT, AT.plusSeconds(30),
                new RoundView.InGame(3, 20, 20));

        FakeDiscord.Sent question = sent(RoundMessages.question(round));

        assertWithinEmbedLimits(question.embed());
        assertTrue(question.embed().path("description").asText().endsWith(DiscordText.ELLIPSIS));
        assertEquals(List.of(5, 2), question.rowSizes());
        assertTrue(question.buttons().stream()
                .allMatch(b -> b.getLabel().orElseThrow().length() <= DiscordText.BUTTON_LABEL
                        && b.getCustomId().orElseThrow().length() <= DiscordText.CUSTOM_ID));
    }

    @Test
    void anOversizedRevealKeepsTheAnswerAndDropsWhatNoLongerFits() {
        List<Reveal.Footnote> footnotes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            footnotes.add(
                    Reveal.Footnote.article(words("Title", 300), words("Outlet", 200), LocalDate.of(2020, 6, 12), null,
                            words("a quoted_sentence", 3_000)));
        }
        List<Reveal.Player> fastest = List.of(new Reveal.Player("1", words("~~Ada~~", 200), 1.5, 40));
        Reveal reveal = new Reveal(7, Origin.DISCORD, "1", "2", words("Prompt", 300), "B", words("Answer", 300), 10, 1,
                fastest,
                words("Because *of* this", 8_000), footnotes, AT, app.footnote.game.AnswerMode.BUTTONS, List.of());

        FakeDiscord.Sent sent = sent(RoundMessages.reveal(reveal, List.of()));

        assertWithinEmbedLimits(sent.embed());
        assertTrue(sent.field(RoundMessages.WHO_GOT_IT).startsWith("1 of 10 got it right (10%)."));
        assertTrue(sent.embed().path("fields").size() >= 2, "at least one footnote is kept");
    }

    @Test
    void longContentIsShortenedToTwoThousandCharacters() {
        FakeDiscord.Sent sent = sent(DiscordReply.privately(words("word", 5_000)));

        assertEquals(DiscordText.MESSAGE_CONTENT, sent.content().length());
        assertTrue(sent.content().endsWith(DiscordText.ELLIPSIS));
    }

    @Test
    void markdownAndMentionsArePrintedLiterally() {
        assertEquals("\\*\\*bold\\*\\* \\_it\\_ \\~\\~x\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\> quote \\# head"
                + " \\[link\\]\\(http://x\\) @\u200Beveryone @\u200Bhere \\<@\u200B123\\>",
                DiscordText.escape("**bold** _it_ ~~x~~ `code` ||spoiler|| > quote # head [link](http://x)"
                        + " @everyone @here <@123>"));
    }

    @Test
    void shorteningNeverLeavesHalfAnEscapeOrHalfACharacter() {
        String escaped = DiscordText.escape("ab*cd");
        assertEquals("ab…", DiscordText.shorten(escaped, 4), "no dangling backslash");
        assertEquals("a…", DiscordText.shorten("a\uD83D\uDE80\uD83D\uDE80", 3), "no half of an emoji");
    }
}
