package app.footnote.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.bank.Article;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.game.Origin;
import app.footnote.game.RecordAnswer;
import app.footnote.game.RevealRound;
import app.footnote.game.RoundView;
import app.footnote.moderation.Actor;
import app.footnote.moderation.ServerQuestions;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The daily job, driven by the test clock: what is due, exactly once, after restarts, and the streaks. */
@QuarkusTest
class PostDailyQuestionsTest {

    @Inject
    PostDailyQuestions postDailyQuestions;
    @Inject
    DailySchedules schedules;
    @Inject
    RevealRound revealRound;
    @Inject
    RecordAnswer recordAnswer;
    @Inject
    DailyStreaks dailyStreaks;
    @Inject
    ServerQuestions serverQuestions;

    private final String paris = Rounds.newGuild();
    private final String newYork = Rounds.newGuild();

    /** Schedules are set the evening before, so that the first post of each test is the next day's. */
    @BeforeEach
    void eveningBefore() {
        TestClock.NOW.set(Instant.parse("2026-11-22T20:00:00Z"));
    }

    private void schedule(String guild, String time, String zone, String category) {
        schedules.set(Origin.LOCAL, guild, new ScheduleRequest("daily-channel", time, zone, category, null, null),
                "moderator");
    }

    private List<DailyPosted> postDueFor(String guild) {
        return postDailyQuestions.postDue().stream().filter(p -> p.round().guildId().equals(guild)).toList();
    }

    private long posts(String guild) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) DailySchedule.getEntityManager()
                .createNativeQuery("select count(*) from daily_post where guild_id = :guild")
                .setParameter("guild", guild).getSingleResult()).longValue());
    }

    @Test
    void aServerIsPostedWhenItsLocalTimeComesAndNotBefore() {
        schedule(paris, "09:00", "Europe/Paris", null);
        schedule(newYork, "09:00", "America/New_York", null);
        TestClock.NOW.set(Instant.parse("2026-11-23T07:59:00Z"));
        assertEquals(List.of(), postDueFor(paris), "08:59 in Paris");
        TestClock.NOW.set(Instant.parse("2026-11-23T08:00:00Z"));

        List<DailyPosted> parisPosts = postDueFor(paris);
        assertEquals(List.of(), postDueFor(newYork), "03:00 in New York");
        assertEquals(1, parisPosts.size());
        assertEquals(LocalDate.of(2026, 11, 23), parisPosts.get(0).date());
        assertEquals("daily-channel", parisPosts.get(0).round().channelId());
        assertEquals(Instant.parse("2026-11-24T07:00:00Z"), parisPosts.get(0).round().closesAt());

        TestClock.NOW.set(Instant.parse("2026-11-23T14:00:00Z"));
        assertEquals(1, postDueFor(newYork).size());
        assertEquals(List.of(), postDueFor(paris), "Paris had today's already");
    }

    @Test
    void aDailyQuestionThatPrefersTheNewsAsksFromThisWeeksArticlesFirstThenAnyQuestion() {
        // GIVEN a server with one question of its own from an article of three days ago, beside the older bank
        String server = String.valueOf(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50));
        String article = "daily-news-" + server;
        String sentence = "Cedar Bank agreed to buy Lakeside Financial for $2.4 billion on Monday.";
        QuarkusTransaction.requiringNew().run(() -> Article.save(new BankArticle(article, "Cedar Bank buys Lakeside",
                "Daily Ledger", LocalDate.of(2026, 11, 20), List.of(), sentence)));
        String prompt = "For how much did Cedar Bank agree to buy Lakeside Financial?";
        serverQuestions.add(server, BankQuestion.of(null, "business", "easy", prompt, "$2.4 billion",
                List.of("$1.1 billion", "$3.8 billion", "$950 million"), "The price of the deal.",
                List.of(new BankSource(article, null, sentence, 0))), Actor.API);
        schedules.set(Origin.LOCAL, server, new ScheduleRequest("daily-channel", "09:00", "Europe/Paris", null, null,
                true), "moderator");

        // WHEN the daily question is posted on two days
        TestClock.NOW.set(Instant.parse("2026-11-23T08:00:00Z"));
        RoundView first = postDueFor(server).get(0).round();
        TestClock.NOW.set(Instant.parse("2026-11-24T08:00:00Z"));
        revealRound.revealDue();
        List<DailyPosted> second = postDueFor(server);

        // THEN the week's news comes first, and once it has been asked any question follows
        assertEquals(prompt, first.prompt());
        assertEquals(1, second.size());
        assertNotEquals(prompt, second.get(0).round().prompt());
        assertTrue(schedules.of(server).orElseThrow().preferNews());
    }

    @Test
    void aNewScheduleStartsAtItsNextPostTime() {
        TestClock.NOW.set(Instant.parse("2026-11-23T10:00:00Z"));
        schedule(paris, "09:00", "Europe/Paris", null);

        assertEquals(List.of(), postDueFor(paris), "today's 09:00 had passed when it was set");
        TestClock.NOW.set(Instant.parse("2026-11-24T08:00:00Z"));
        assertEquals(LocalDate.of(2026, 11, 24), postDueFor(paris).get(0).date());
    }

    @Test
    void twoJobsInTheSameMinutePostOnce() throws Exception {
        schedule(paris, "09:00", "Europe/Paris", null);
        TestClock.NOW.set(Instant.parse("2026-11-23T08:00:00Z"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DailyPosted>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<List<DailyPosted>>) () -> postDueFor(paris)));
            }
            int posted = 0;
            for (Future<List<DailyPosted>> run : runs) {
                posted += run.get().size();
            }
            assertEquals(1, posted);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, posts(paris));
    }

    @Test
    void aPostMissedWhileDownGoesOutLaterIfStillOpenAndNeverTwice() {
        schedule(paris, "09:00", "Europe/Paris", null);

        TestClock.NOW.set(Instant.parse("2026-11-24T06:30:00Z"));
        List<DailyPosted> late = postDueFor(paris);
        assertEquals(1, late.size());
        assertEquals(LocalDate.of(2026, 11, 23), late.get(0).date(), "yesterday's, still open until 07:00 UTC");

        TestClock.NOW.set(Instant.parse("2026-11-24T07:30:00Z"));
        revealRound.revealDue();
        assertEquals(List.of(), postDueFor(paris), "between the close and the next post");
        assertEquals(1, posts(paris));
    }

    @Test
    void onASpringForwardDayTheSkippedTimeIsPostedAtTheEndOfTheGap() {
        TestClock.NOW.set(Instant.parse("2026-03-28T12:00:00Z"));
        schedule(paris, "02:30", "Europe/Paris", null);

        TestClock.NOW.set(Instant.parse("2026-03-29T00:59:00Z"));
        revealRound.revealDue();
        assertEquals(List.of(), postDueFor(paris), "01:59 in Paris, just before the clocks skip an hour");
        TestClock.NOW.set(Instant.parse("2026-03-29T01:00:00Z"));
        revealRound.revealDue();
        assertEquals(LocalDate.of(2026, 3, 29), postDueFor(paris).get(0).date());
    }

    @Test
    void noQuestionComesBackUntilTheCategoryIsExhausted() {
        schedule(paris, "09:00", "Europe/Paris", "release");
        Set<String> prompts = new HashSet<>();
        int releaseQuestions = 12;

        for (int day = 0; day < releaseQuestions; day++) {
            TestClock.NOW.set(Instant.parse("2026-11-23T08:00:00Z").plus(Duration.ofDays(day)));
            revealRound.revealDue();
            RoundView round = postDueFor(paris).get(0).round();
            assertEquals("release", round.category());
            assertTrue(prompts.add(round.prompt()), "asked twice: " + round.prompt());
        }
        TestClock.NOW.set(Instant.parse("2026-11-23T08:00:00Z").plus(Duration.ofDays(releaseQuestions)));
        revealRound.revealDue();
        assertEquals(1, postDueFor(paris).size(), "a new cycle starts once all twelve have been asked");
    }

    @Test
    void aDailyStreakGrowsWithRightAnswersAndBreaksOnAWrongOrMissedDay() {
        schedule(paris, "09:00", "Europe/Paris", null);
        String[] days = {"right", "right", "wrong", "right", "missed", "right"};
        int[] expected = {1, 2, 0, 1, 0, 1};

        for (int day = 0; day < days.length; day++) {
            Instant morning = Instant.parse("2026-11-23T08:00:00Z").plus(Duration.ofDays(day));
            TestClock.NOW.set(morning);
            long roundId = postDueFor(paris).get(0).round().id();
            if (!days[day].equals("missed")) {
                String label = days[day].equals("right") ? Rounds.rightLabel(roundId) : Rounds.wrongLabel(roundId);
                recordAnswer.answer(paris, roundId, "ada", "Ada", label);
            }
            recordAnswer.answer(paris, roundId, "bob", "Bob", Rounds.rightLabel(roundId));
            TestClock.NOW.set(morning.plus(Duration.ofHours(23)));
            revealRound.revealDue();

            assertEquals(expected[day], dailyStreaks.of(paris, "ada").map(Streak::current).orElse(0),
                    "after day " + (day + 1) + " (" + days[day] + ")");
        }
        assertEquals(2, dailyStreaks.of(paris, "ada").orElseThrow().best());
        assertEquals(new Streak("bob", "Bob", 6, 6), dailyStreaks.of(paris, "bob").orElseThrow());
        assertEquals(List.of("bob", "ada"), dailyStreaks.leaders(paris).stream().map(Streak::userId).toList());
    }

    @Test
    void oneBrokenServerNeverStopsTheOthersDueInTheSameMinute() {
        List<String> broken = List.of(Rounds.newGuild(), Rounds.newGuild(), Rounds.newGuild());
        broken.forEach(guild -> schedule(guild, "09:00", "Europe/Paris", null));
        schedule(newYork, "03:00", "America/New_York", null);
        // A zone a newer time-zone database dropped, say: the row no longer makes sense.
        QuarkusTransaction.requiringNew().run(() -> DailySchedule.update("timeZone = 'Atlantis/Capital'"
                + " where guildId in ?1", broken));

        TestClock.NOW.set(Instant.parse("2026-11-23T08:00:00Z"));

        assertEquals(1, postDueFor(newYork).size());
        broken.forEach(guild -> assertEquals(0, posts(guild)));
        broken.forEach(schedules::off);
    }

    @Test
    void aBadScheduleNamesTheFieldAndKeepsThePreviousOne() {
        schedule(paris, "09:00", "Europe/Paris", null);

        assertEquals(ScheduleRequest.TIMEZONE, assertThrows(InvalidScheduleException.class,
                () -> schedule(paris, "10:00", "Mars/Olympus_Mons", null)).field());
        assertEquals(ScheduleRequest.TIME, assertThrows(InvalidScheduleException.class,
                () -> schedule(paris, "25:00", "Europe/Paris", null)).field());
        assertEquals(ScheduleRequest.CATEGORY, assertThrows(InvalidScheduleException.class,
                () -> schedule(paris, "10:00", "Europe/Paris", "klingon-opera")).field());

        ScheduleView kept = schedules.of(paris).orElseThrow();
        assertEquals("09:00", kept.postTime().toString());
        assertEquals(Optional.of("Europe/Paris"), Optional.of(kept.timeZone().getId()));
    }
}
