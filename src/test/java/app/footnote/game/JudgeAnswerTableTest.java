package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.footnote.bank.Difficulty;

/** What recording an answer decides, before anything is stored: one row per case, no database. */
class JudgeAnswerTableTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    /** A 30-second round of four choices whose answer is shown as C. */
    private static RoundFacts.Facts round(Difficulty difficulty) {
        return new RoundFacts.Facts(7, "guild", difficulty, START, START.plusSeconds(30), 4, 2, AnswerMode.BUTTONS,
                "Jonathan Frakes",
                List.of(), List.of("Patrick Stewart", "LeVar Burton", "Brent Spiner"));
    }

    @ParameterizedTest(name = "{0} round, {1} after {2} ms: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # difficulty | label | ms after start | decision                 | correct | points
            MEDIUM       | C     | 0              | stored as C               | true    | 30
            MEDIUM       | c     | 15000          | stored as C               | true    | 25
            MEDIUM       | " C " | 29999          | stored as C               | true    | 20
            EASY         | C     | 15000          | stored as C               | true    | 12
            HARD         | C     | 0              | stored as C               | true    | 45
            MEDIUM       | A     | 0              | stored as A               | false   | 0
            HARD         | d     | 10000          | stored as D               | false   | 0
            MEDIUM       | C     | 30000          | closed                    | false   | 0
            MEDIUM       | A     | 45000          | closed                    | false   | 0
            MEDIUM       | E     | 0              | no such choice: A B C D   | false   | 0
            MEDIUM       | AB    | 0              | no such choice: A B C D   | false   | 0
            MEDIUM       | ""    | 0              | no such choice: A B C D   | false   | 0
            """)
    void decides(Difficulty difficulty, String label, long millis, String decision, boolean correct, int points) {
        Instant at = START.plusMillis(millis);
        JudgeAnswer.Judgement judgement = JudgeAnswer.judge(round(difficulty), "user", "Ada", label, at);

        assertEquals(decision, describe(judgement));
        if (judgement instanceof JudgeAnswer.Accepted accepted) {
            assertEquals(new AnswerWriter.NewAnswer(7, "user", "Ada", accepted.label().charAt(0) - 'A', null,
                    correct,
                    points, at), accepted.answer());
        }
    }

    private static String describe(JudgeAnswer.Judgement judgement) {
        if (judgement instanceof JudgeAnswer.Accepted accepted) {
            return "stored as " + accepted.label();
        }
        AnswerOutcome outcome = ((JudgeAnswer.Refused) judgement).outcome();
        if (outcome instanceof AnswerOutcome.NoSuchChoice choice) {
            return "no such choice: " + String.join(" ", choice.labels());
        }
        return outcome instanceof AnswerOutcome.Closed ? "closed" : outcome.toString();
    }
}
