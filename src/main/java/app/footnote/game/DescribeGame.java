package app.footnote.game;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A game as it stands: where it is, and its standings over the rounds revealed so far (final once it ended). */
@ApplicationScoped
public class DescribeGame {

    @Transactional
    public Optional<GameStandings> describe(long gameId) {
        return Game.<Game>findByIdOptional(gameId).map(NextGameRound::standingsOf);
    }
}
