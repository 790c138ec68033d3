package app.footnote.game;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records a player's answer, durably, before saying "Locked in". A player answers a round once: the writer checks
 * under the round's lock and the database's unique constraint backs it, so two clicks racing each other count once.
 * Points reach the player's totals when the round is revealed, so nothing public tells a right answer early.
 */
@ApplicationScoped
public class RecordAnswer {

    private final Clock clock;
    private final RoundFacts roundFacts;
    private final AnswerWriter answerWriter;
    private final AnswerReads reads;

    public RecordAnswer(Clock clock, RoundFacts roundFacts, AnswerWriter answerWriter, AnswerReads reads) {
        this.clock = clock;
        this.roundFacts = roundFacts;
        this.answerWriter = answerWriter;
        this.reads = reads;
    }

    /**
     * A click on a choice. Owns its transactions, so call it outside one (as the adapters do).
     *
     * @param guildId the server the player answers from: a round of another server is no such round there
     */
    public AnswerOutcome answer(String guildId, long roundId, String userId, String displayName, String label) {
        return record(guildId, roundId, facts -> JudgeAnswer.judge(facts, userId, displayName, label,
                clock.instant()), accepted -> new AnswerOutcome.LockedIn(accepted.label()),
                () -> new AnswerOutcome.AlreadyAnswered(ChoiceLabels.label(reads.given(roundId, userId)
                        .orElseThrow().choiceIndex())));
    }

    /** A typed answer, through the same writer as a click; see {@link #answer}. */
    public AnswerOutcome answerTyped(String guildId, long roundId, String userId, String displayName,
            String typed) {
        return record(guildId, roundId, facts -> JudgeAnswer.judgeTyped(facts, userId, displayName, typed,
                clock.instant()), accepted -> new AnswerOutcome.TypedLockedIn(accepted.label()),
                () -> new AnswerOutcome.AlreadyTyped(reads.given(roundId, userId).orElseThrow().typed()));
    }

    /**
     * Why a player may not type an answer to the round now (no such round here, closed, played with buttons), from
     * what is kept in memory; empty when the form may open. Whether they answered already is told on submitting.
     */
    public Optional<AnswerOutcome> typingRefusal(String guildId, long roundId) {
        Optional<RoundFacts.Facts> found = facts(guildId, roundId);
        return found.isEmpty() ? Optional.of(new AnswerOutcome.NoSuchRound())
                : JudgeAnswer.typingRefusal(found.get(), clock.instant());
    }

    private AnswerOutcome record(String guildId, long roundId, Function<RoundFacts.Facts, JudgeAnswer.Judgement> judge,
            Function<JudgeAnswer.Accepted, AnswerOutcome> lockedIn,
            Supplier<AnswerOutcome> already) {
        Optional<RoundFacts.Facts> found = facts(guildId, roundId);
        if (found.isEmpty()) {
            return new AnswerOutcome.NoSuchRound();
        }
        JudgeAnswer.Judgement judgement = judge.apply(found.get());
        if (judgement instanceof JudgeAnswer.Refused refused) {
            return refused.outcome();
        }
        JudgeAnswer.Accepted accepted = (JudgeAnswer.Accepted) judgement;
        return switch (answerWriter.write(accepted.answer())) {
            case LOCKED_IN -> lockedIn.apply(accepted);
            case ALREADY_ANSWERED -> already.get();
            case CLOSED -> new AnswerOutcome.Closed();
        };
    }

    private Optional<RoundFacts.Facts> facts(String guildId, long roundId) {
        return roundFacts.of(roundId).filter(facts -> facts.guildId().equals(guildId));
    }
}
