package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.bank.Article;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.moderation.Actor;
import app.footnote.moderation.ServerQuestions;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** FOOTNOTE_NEWS_RETIRE_AFTER: a question whose articles are all older than that is no longer asked. */
@QuarkusTest
@TestProfile(RetireOldNewsTest.RetireAfterAYear.class)
class RetireOldNewsTest {

    public static class RetireAfterAYear implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("footnote.news.retire-after", "365d");
        }
    }

    @Inject
    StartRound startRound;
    @Inject
    ServerQuestions serverQuestions;

    private final String guild = String.valueOf(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50));

    @BeforeEach
    void now() {
        TestClock.NOW.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    private void questionFrom(LocalDate published, String category, String company) {
        String article = category + "-" + guild;
        String sentence = company + " agreed to buy its rival for $2.4 billion on Monday.";
        QuarkusTransaction.requiringNew().run(() -> Article.save(new BankArticle(article, company + " buys its rival",
                "Daily Ledger", published, List.of(), sentence)));
        serverQuestions.add(guild, BankQuestion.of(null, category, "easy", "For how much did " + company
                + " agree to buy its rival?", "$2.4 billion", List.of("$1.1 billion", "$3.8 billion", "$950 million"),
                "The price of the deal.", List.of(new BankSource(article, null, sentence, 0))), Actor.API);
    }

    @Test
    void aQuestionFromNewsOlderThanAYearIsNoLongerAskedAndOneFromThisYearIs() {
        questionFrom(LocalDate.of(2025, 11, 1), "old-news", "Cedar Bank");
        questionFrom(LocalDate.of(2026, 3, 1), "this-year", "Birch Insurance");

        StartOutcome old = startRound.start(StartRequest.in(Origin.LOCAL, guild, "old").category("old-news"));
        StartOutcome recent = startRound.start(StartRequest.in(Origin.LOCAL, guild, "recent").category("this-year"));

        assertInstanceOf(StartOutcome.NothingMatches.class, old);
        assertEquals("For how much did Birch Insurance agree to buy its rival?",
                assertInstanceOf(StartOutcome.Started.class, recent).round().prompt());
    }
}
