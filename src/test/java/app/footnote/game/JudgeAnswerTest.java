package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.footnote.bank.Difficulty;

class JudgeAnswerTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private static final List<String> WRONG = List.of("Alex Kurtzman", "Akiva Goldsman", "Terry Matalas");
    /** Four choices, the answer shown as C. */
    private static final RoundFacts.Facts ROUND = new RoundFacts.Facts(7, "guild", Difficulty.MEDIUM, START,
            START.plusSeconds(30), 4, 2, AnswerMode.BUTTONS, "Michael Chabon", List.of("Chabon"), WRONG);
    /** The same round played by typing. */
    private static final RoundFacts.Facts TYPED = new RoundFacts.Facts(7, "guild", Difficulty.MEDIUM, START,
            START.plusSeconds(30), 4, 2, AnswerMode.TYPED, "Michael Chabon", List.of("Chabon"), WRONG);

    private static JudgeAnswer.Judgement judge(String label, Instant at) {
        return JudgeAnswer.judge(ROUND, "user", "Ada", label, at);
    }

    private static JudgeAnswer.Judgement typed(String text, Instant at) {
        return JudgeAnswer.judgeTyped(TYPED, "user", "Ada", text, at);
    }

    @Test
    void theRightChoiceIsStoredWithItsPointsAndAWrongOneWithNone() {
        JudgeAnswer.Accepted right = assertInstanceOf(JudgeAnswer.Accepted.class, judge("c", START.plusSeconds(15)));
        assertEquals(new AnswerWriter.NewAnswer(7, "user", "Ada", 2, null, true, 25, START.plusSeconds(15)),
                right.answer());
        assertEquals("C", right.label());

        JudgeAnswer.Accepted wrong = assertInstanceOf(JudgeAnswer.Accepted.class, judge(" A ", START));
        assertEquals(new AnswerWriter.NewAnswer(7, "user", "Ada", 0, null, false, 0, START), wrong.answer());
    }

    @Test
    void theCloseIsTooLateEvenToTheMillisecond() {
        assertEquals(new AnswerOutcome.Closed(), assertInstanceOf(JudgeAnswer.Refused.class,
                judge("C", START.plusSeconds(30))).outcome());
        assertInstanceOf(JudgeAnswer.Accepted.class, judge("C", START.plusSeconds(30).minusMillis(1)));
        assertEquals(new AnswerOutcome.Closed(), assertInstanceOf(JudgeAnswer.Refused.class,
                typed("Chabon", START.plusSeconds(30))).outcome());
    }

    @Test
    void aLabelBeyondTheChoicesNamesTheOnesThereAre() {
        for (String label : new String[]{"E", "", "AB", null}) {
            assertEquals(new AnswerOutcome.NoSuchChoice(String.valueOf(label), List.of("A", "B", "C", "D")),
                    assertInstanceOf(JudgeAnswer.Refused.class, judge(label, START)).outcome(), label);
        }
    }

    @Test
    void aTypedAnswerIsJudgedByTheMatcherAgainstTheAnswerTheAcceptedOnesAndTheTraps() {
        JudgeAnswer.Accepted surname = assertInstanceOf(JudgeAnswer.Accepted.class,
                typed("  chabon ", START.plusSeconds(15)));
        assertEquals(new AnswerWriter.NewAnswer(7, "user", "Ada", null, "chabon", true, 25, START.plusSeconds(15)),
                surname.answer());
        assertEquals("chabon", surname.label(), "what was typed, without its surrounding blanks");
        assertEquals(true, assertInstanceOf(JudgeAnswer.Accepted.class, typed("Micheal Chabon", START)).answer()
                .correct(), "one typo in a long name");
        JudgeAnswer.Accepted trap = assertInstanceOf(JudgeAnswer.Accepted.class, typed("Terry Matalas", START));
        assertEquals(false, trap.answer().correct());
        assertEquals(0, trap.answer().points());
        JudgeAnswer.Accepted controls = assertInstanceOf(JudgeAnswer.Accepted.class,
                typed("Michael\u0000Chabon\n", START));
        assertEquals("Michael Chabon", controls.answer().typedAnswer(), "a control character stored as a blank");
        assertEquals(true, controls.answer().correct());
    }

    @Test
    void aBlankOrOverlongTypedAnswerIsRefusedAndSoIsTheOtherMode() {
        for (String blank : new String[]{"", "   \n", null, "\u0000\u0007"}) {
            assertEquals(new AnswerOutcome.BlankAnswer(), assertInstanceOf(JudgeAnswer.Refused.class,
                    typed(blank, START)).outcome());
        }
        assertEquals(new AnswerOutcome.AnswerTooLong(4_000, JudgeAnswer.MAX_TYPED_LENGTH),
                assertInstanceOf(JudgeAnswer.Refused.class, typed("x".repeat(4_000), START)).outcome());
        assertInstanceOf(JudgeAnswer.Accepted.class, typed("x".repeat(JudgeAnswer.MAX_TYPED_LENGTH), START));
        assertEquals(new AnswerOutcome.WrongMode(AnswerMode.TYPED), assertInstanceOf(JudgeAnswer.Refused.class,
                JudgeAnswer.judge(TYPED, "user", "Ada", "C", START)).outcome());
        assertEquals(new AnswerOutcome.WrongMode(AnswerMode.BUTTONS), assertInstanceOf(JudgeAnswer.Refused.class,
                JudgeAnswer.judgeTyped(ROUND, "user", "Ada", "Chabon", START)).outcome());
    }
}
