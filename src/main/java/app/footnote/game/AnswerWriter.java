package app.footnote.game;

import java.time.Instant;

/**
 * Stores decided answers, durably, one per player per round. Narrow on purpose: the decision (closed? which choice?
 * how many points?) is {@link JudgeAnswer}'s, made before; the writer only says whether the answer got in.
 */
public interface AnswerWriter {

    /**
     * A decided answer, ready to be stored: a click has its {@code choiceIndex} and no {@code typedAnswer}, a typed
     * answer the other way round.
     */
    record NewAnswer(long roundId, String userId, String displayName, Integer choiceIndex, String typedAnswer,
            boolean correct, int points, Instant answeredAt) {
    }

    enum Written {
        LOCKED_IN, ALREADY_ANSWERED,
        /** The round was revealed before the answer could be stored. */
        CLOSED
    }

    /** Returns once the answer is committed (or refused): what it says has survived a crash. */
    Written write(NewAnswer answer);
}
