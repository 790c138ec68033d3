package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.footnote.bank.Difficulty;

class JudgeAnswerTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    /** Four choices, the answer shown as C. */
    private static final RoundFacts.Facts ROUND = new RoundFacts.Facts(7, "guild", Difficulty.MEDIUM, START,
            START.plusSeconds(30), 4, 2);

    private static JudgeAnswer.Judgement judge(String label, Instant at) {
        return JudgeAnswer.judge(ROUND, "user", "Ada", label, at);
    }

    @Test
    void theRightChoiceIsStoredWithItsPointsAndAWrongOneWithNone() {
        JudgeAnswer.Accepted right = assertInstanceOf(JudgeAnswer.Accepted.class, judge("c", START.plusSeconds(15)));
        assertEquals(new AnswerWriter.NewAnswer(7, "user", "Ada", 2, true, 25, START.plusSeconds(15)), right.answer());
        assertEquals("C", right.label());

        JudgeAnswer.Accepted wrong = assertInstanceOf(JudgeAnswer.Accepted.class, judge(" A ", START));
        assertEquals(new AnswerWriter.NewAnswer(7, "user", "Ada", 0, false, 0, START), wrong.answer());
    }

    @Test
    void theCloseIsTooLateEvenToTheMillisecond() {
        assertEquals(new AnswerOutcome.Closed(), assertInstanceOf(JudgeAnswer.Refused.class,
                judge("C", START.plusSeconds(30))).outcome());
        assertInstanceOf(JudgeAnswer.Accepted.class, judge("C", START.plusSeconds(30).minusMillis(1)));
    }

    @Test
    void aLabelBeyondTheChoicesNamesTheOnesThereAre() {
        for (String label : new String[]{"E", "", "AB", null}) {
            assertEquals(new AnswerOutcome.NoSuchChoice(String.valueOf(label), List.of("A", "B", "C", "D")),
                    assertInstanceOf(JudgeAnswer.Refused.class, judge(label, START)).outcome(), label);
        }
    }
}
