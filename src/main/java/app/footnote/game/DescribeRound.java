package app.footnote.game;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A round as it stands: its question while open, and its reveal once closed. */
@ApplicationScoped
public class DescribeRound {

    public record RoundState(RoundView round, Reveal reveal) {
    }

    @Transactional
    public Optional<RoundState> describe(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null) {
            return Optional.empty();
        }
        return Optional.of(new RoundState(RoundView.of(round),
                round.revealedAt == null ? null : RevealRound.revealOf(round)));
    }
}
