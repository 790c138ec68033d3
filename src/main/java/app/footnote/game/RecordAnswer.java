package app.footnote.game;

import java.time.Clock;
import java.util.Optional;

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
     * Owns its transactions, so call it outside one (as the adapters do).
     *
     * @param guildId the server the player answers from: a round of another server is no such round there
     */
    public AnswerOutcome answer(String guildId, long roundId, String userId, String displayName, String label) {
        Optional<RoundFacts.Facts> found = roundFacts.of(roundId).filter(facts -> facts.guildId().equals(guildId));
        if (found.isEmpty()) {
            return new AnswerOutcome.NoSuchRound();
        }
        JudgeAnswer.Judgement judgement = JudgeAnswer.judge(found.get(), userId, displayName, label,
                clock.instant());
        if (judgement instanceof JudgeAnswer.Refused refused) {
            return refused.outcome();
        }
        JudgeAnswer.Accepted accepted = (JudgeAnswer.Accepted) judgement;
        return switch (answerWriter.write(accepted.answer())) {
            case LOCKED_IN -> new AnswerOutcome.LockedIn(accepted.label());
            case ALREADY_ANSWERED -> new AnswerOutcome.AlreadyAnswered(
                    ChoiceLabels.label(reads.choiceOf(roundId, userId).orElseThrow()));
            case CLOSED -> new AnswerOutcome.Closed();
        };
    }
}
