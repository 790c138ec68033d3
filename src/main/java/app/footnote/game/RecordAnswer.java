package app.footnote.game;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.footnote.db.UniqueViolation;
import app.footnote.score.Period;
import app.footnote.score.ScoreConfig;
import app.footnote.score.ScoreTotals;

/**
 * Records a player's answer and adds its points to their totals in the same transaction. A player answers a round
 * once: the database's unique constraint decides, so two clicks racing each other still count once.
 */
@ApplicationScoped
public class RecordAnswer {

    private final Clock clock;
    private final RoundFacts roundFacts;
    private final ScoreTotals scoreTotals;
    private final ScoreConfig scoreConfig;

    public RecordAnswer(Clock clock, RoundFacts roundFacts, ScoreTotals scoreTotals, ScoreConfig scoreConfig) {
        this.clock = clock;
        this.roundFacts = roundFacts;
        this.scoreTotals = scoreTotals;
        this.scoreConfig = scoreConfig;
    }

    /** @param guildId the server the player answers from: a round of another server is no such round there */
    public AnswerOutcome answer(String guildId, long roundId, String userId, String displayName, String label) {
        Optional<RoundFacts.Facts> found = roundFacts.of(roundId).filter(facts -> facts.guildId().equals(guildId));
        if (found.isEmpty()) {
            return new AnswerOutcome.NoSuchRound();
        }
        RoundFacts.Facts round = found.get();
        Instant now = clock.instant();
        if (!now.isBefore(round.closesAt())) {
            return new AnswerOutcome.Closed();
        }
        OptionalInt index = ChoiceLabels.index(label, round.choiceCount());
        if (index.isEmpty()) {
            return new AnswerOutcome.NoSuchChoice(String.valueOf(label),
                    IntStream.range(0, round.choiceCount()).mapToObj(ChoiceLabels::label).toList());
        }
        boolean correct = index.getAsInt() == round.correctIndex();
        int points = Scoring.points(round.difficulty(), correct, round.startedAt(), round.closesAt(), now);
        List<String> periods = Period.keys(now, scoreConfig.zone());
        scoreTotals.ensureRows(round.guildId(), userId, displayName, periods, now);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Answer answer = new Answer();
                answer.roundId = roundId;
                answer.userId = userId;
                answer.displayName = displayName;
                answer.choiceIndex = index.getAsInt();
                answer.correct = correct;
                answer.points = points;
                answer.answeredAt = now;
                answer.persistAndFlush();
                scoreTotals.add(round.guildId(), userId, displayName, periods, points, correct, now);
            });
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            return new AnswerOutcome.AlreadyAnswered(previousLabel(roundId, userId));
        }
        return new AnswerOutcome.LockedIn(ChoiceLabels.label(index.getAsInt()));
    }

    private static String previousLabel(long roundId, String userId) {
        return QuarkusTransaction.requiringNew().call(() -> ChoiceLabels
                .label(Answer.<Answer> find("roundId = ?1 and userId = ?2", roundId, userId).firstResult().choiceIndex));
    }
}
