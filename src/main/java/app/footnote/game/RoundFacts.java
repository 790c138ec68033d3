package app.footnote.game;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.footnote.bank.Difficulty;

/**
 * What answering needs to know about a round, kept in memory: it never changes once the round is open, and every
 * answer of a busy round would otherwise read the same rows again. Other processes' rounds load on first use.
 */
@ApplicationScoped
public class RoundFacts {

    /** Rounds close within minutes; past this many cached rounds, something forgot to let go, so start afresh. */
    private static final int MAX_CACHED = 50_000;

    public record Facts(long roundId, String guildId, Difficulty difficulty, Instant startedAt, Instant closesAt,
            int choiceCount, int correctIndex) {
    }

    private final Map<Long, Facts> cache = new ConcurrentHashMap<>();

    public Optional<Facts> of(long roundId) {
        Facts facts = cache.get(roundId);
        if (facts == null) {
            facts = QuarkusTransaction.joiningExisting().call(() -> {
                Round round = Round.findById(roundId);
                return round == null ? null : factsOf(round);
            });
            if (facts != null) {
                put(facts);
            }
        }
        return Optional.ofNullable(facts);
    }

    void remember(Round round) {
        put(factsOf(round));
    }

    void forget(long roundId) {
        cache.remove(roundId);
    }

    private void put(Facts facts) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(facts.roundId(), facts);
    }

    private static Facts factsOf(Round round) {
        return new Facts(round.id, round.guildId, round.question.difficulty, round.startedAt, round.closesAt,
                round.order().size(), round.correctIndex());
    }
}
