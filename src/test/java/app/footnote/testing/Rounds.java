package app.footnote.testing;

import java.util.List;
import java.util.UUID;

import app.footnote.game.Answer;
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

    /** The answer the round asked, as a player types it right. */
    public static String askedAnswer(long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> Round.<Round>findById(roundId).askedAnswer);
    }

    /** The other answers a typed answer to the round may give, as the round asked them. */
    public static List<String> acceptedAnswers(long roundId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> List.copyOf(Round.<Round>findById(roundId).askedAcceptedAnswers));
    }

    /** What the round's players typed, in the order they answered ({@code null} for a click). */
    public static List<String> typedAnswers(long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> Answer.<Answer>list("roundId = ?1 order by id", roundId)
                .stream().map(answer -> answer.typedAnswer).toList());
    }

    /** A server id no other test uses, so tests never see each other's rounds and scores. */
    public static String newGuild() {
        return "test-" + UUID.randomUUID();
    }
}
