package app.footnote.game;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.agroal.api.AgroalDataSource;

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

    private static final String INSERT_ANSWER = "insert into answer (round_id, user_id, display_name, choice_index,"
            + " correct, points, answered_at) values (?, ?, ?, ?, ?, ?, ?)";

    private final Clock clock;
    private final RoundFacts roundFacts;
    private final ScoreTotals scoreTotals;
    private final ScoreConfig scoreConfig;
    private final AgroalDataSource dataSource;

    public RecordAnswer(Clock clock, RoundFacts roundFacts, ScoreTotals scoreTotals, ScoreConfig scoreConfig,
            AgroalDataSource dataSource) {
        this.clock = clock;
        this.roundFacts = roundFacts;
        this.scoreTotals = scoreTotals;
        this.scoreConfig = scoreConfig;
        this.dataSource = dataSource;
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
            insertAndScore(round, userId, displayName, index.getAsInt(), correct, points, periods, now);
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            return new AnswerOutcome.AlreadyAnswered(previousLabel(roundId, userId));
        }
        return new AnswerOutcome.LockedIn(ChoiceLabels.label(index.getAsInt()));
    }

    /**
     * The answer and its points, in one local JDBC transaction. This is the bot's hottest write: through Hibernate
     * and a JTA transaction it managed about 1,300 answers a second on two cores, this way about 2,900 (see the
     * README's benchmark). The unique constraint on (round, user) still decides a second answer.
     */
    private void insertAndScore(RoundFacts.Facts round, String userId, String displayName, int choiceIndex,
            boolean correct, int points, List<String> periods, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ANSWER)) {
                insert.setLong(1, round.roundId());
                insert.setString(2, userId);
                insert.setString(3, displayName);
                insert.setInt(4, choiceIndex);
                insert.setBoolean(5, correct);
                insert.setInt(6, points);
                insert.setTimestamp(7, Timestamp.from(now));
                insert.executeUpdate();
                scoreTotals.add(connection, round.guildId(), userId, displayName, periods, points, correct, now);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private static String previousLabel(long roundId, String userId) {
        return QuarkusTransaction.requiringNew().call(() -> ChoiceLabels
                .label(Answer.<Answer> find("roundId = ?1 and userId = ?2", roundId, userId).firstResult().choiceIndex));
    }
}
