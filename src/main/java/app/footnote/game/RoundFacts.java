package app.footnote.game;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.footnote.bank.Difficulty;

/**
 * What answering needs to know about a round, kept in memory: it never changes once the round is open, and every
 * answer of a busy round would otherwise read the same rows again. Other processes' rounds load on first use.
 */
@ApplicationScoped
public class RoundFacts {

    /**
     * Most rounds close within minutes, a daily question within a day; a round read again after its entry went is
     * simply loaded again.
     */
    private static final int MAX_CACHED = 50_000;
    private static final Duration IDLE = Duration.ofHours(1);

    /**
     * @param answer the official answer, with {@code accepted} its alternatives and {@code wrong} every wrong choice
     *        the round asked: what a typed answer is judged against
     */
    public record Facts(long roundId, String guildId, Difficulty difficulty, Instant startedAt, Instant closesAt,
            int choiceCount, int correctIndex, AnswerMode mode, String answer, List<String> accepted,
            List<String> wrong) {

        public Facts {
            accepted = List.copyOf(accepted);
            wrong = List.copyOf(wrong);
        }
    }

    private final Cache<Long, Facts> cache = Caffeine.newBuilder().maximumSize(MAX_CACHED).expireAfterAccess(IDLE)
            .build();
    private final AnswerReads reads;

    public RoundFacts(AnswerReads reads) {
        this.reads = reads;
    }

    /** A round that does not exist is not cached: it may be another process's, committed a moment later. */
    public Optional<Facts> of(long roundId) {
        return Optional.ofNullable(cache.get(roundId, id -> reads.facts(id).orElse(null)));
    }

    void remember(Round round) {
        cache.put(round.id, factsOf(round));
    }

    void forget(long roundId) {
        cache.invalidate(roundId);
    }

    static Facts factsOf(Round round) {
        return new Facts(round.id, round.guildId, round.question.difficulty, round.startedAt, round.closesAt,
                round.choiceOrder.size(), round.correctIndex(), round.mode, round.askedAnswer,
                round.askedAcceptedAnswers, round.askedWrongChoices);
    }
}
