package app.footnote.chat.discord.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.bank.Article;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.chat.discord.InteractionRouter;
import app.footnote.game.RevealRound;
import app.footnote.moderation.Actor;
import app.footnote.moderation.ServerQuestions;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;

/** {@code /trivia news:today|week|month}: the news of a window as a quiz, only questions from its articles. */
@QuarkusTest
class DiscordNewsRoundTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Inject
    InteractionRouter router;
    @Inject
    ServerQuestions serverQuestions;
    @Inject
    RevealRound revealRound;
    @Inject
    DiscordConnection connection;
    @InjectMock
    ChannelMessages channelMessages;

    private final FakeDiscord discord = new FakeDiscord();
    private final DiscordApi api = mock(DiscordApi.class);

    @BeforeEach
    void connect() {
        TestClock.NOW.set(NOW);
        connection.connected(1, Map.of(0, api));
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
        when(channelMessages.edit(any(), any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @AfterEach
    void disconnect() {
        connection.connected(1, Map.of());
    }

    /** A question of the server's own citing an article published on {@code published}. */
    private String questionFromNewsOf(LocalDate published, String company, String price) {
        String id = "news-" + FakeDiscord.snowflake();
        String sentence = company + " agreed to buy its rival for " + price + " on Monday.";
        QuarkusTransaction.requiringNew().run(() -> Article.save(new BankArticle(id, company + " buys its rival",
                "Daily Ledger", published, List.of(), sentence + "\nThe deal closes next year.")));
        String prompt = "For how much did " + company + " agree to buy its rival?";
        serverQuestions.add(discord.server.getIdAsString(), BankQuestion.of(null, "business", "easy", prompt, price,
                List.of("$1.1 billion", "$3.8 billion", "$950 million"), "The price of the deal.",
                List.of(new BankSource(id, null, sentence, 0))), Actor.API);
        return prompt;
    }

    private FakeDiscord.Sent trivia(String news) {
        return discord.command(TriviaCommand.NAME, discord.member("Ada"), Map.of(TriviaCommand.NEWS, news))
                .through(router).reply();
    }

    private void closeTheRound() {
        TestClock.NOW.advance(Duration.ofMinutes(5));
        revealRound.revealDue();
    }

    @Test
    void theWeeksNewsAsksOnlyQuestionsFromArticlesOfTheLastSevenDays() {
        String thisWeek = questionFromNewsOf(LocalDate.of(2026, 11, 20), "Cedar Bank", "$2.4 billion");
        String thisMonth = questionFromNewsOf(LocalDate.of(2026, 11, 1), "Birch Insurance", "$4.2 billion");

        FakeDiscord.Sent week = trivia("week");
        assertTrue(week.embed().path("description").asText().startsWith("**" + thisWeek + "**"),
                week.embed().toString());
        closeTheRound();

        FakeDiscord.Sent today = trivia("today");
        assertTrue(today.ephemeral());
        assertTrue(today.content().startsWith("No question matches today's news."), today.content());

        // The week's question was asked: the month's news asks the other one first.
        FakeDiscord.Sent month = trivia("month");
        assertTrue(month.embed().path("description").asText().startsWith("**" + thisMonth + "**"),
                month.embed().toString());
    }

    @Test
    void aWindowThatIsNoneOfTheThreeIsRefusedNamingThem() {
        FakeDiscord.Sent reply = trivia("year");

        assertTrue(reply.ephemeral());
        assertEquals("news must be today, week or month, not 'year'.", reply.content());
    }
}
