package app.footnote.testing;

import java.util.UUID;

import app.footnote.game.ChoiceLabels;
import app.footnote.game.Round;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** What a test needs to know about a round that players are not told. */
public final class Rounds {

    private Rounds() {
    }

    public static String rightLabel(long roundId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ChoiceLabels.label(Round.<Round>findById(roundId).correctIndex()));
    }

    public static String wrongLabel(long roundId) {
        return rightLabel(roundId).equals("A") ? "B" : "A";
    }

    /** A server id no other test uses, so tests never see each other's rounds and scores. */
    public static String newGuild() {
        return "test-" + UUID.randomUUID();
    }
}
