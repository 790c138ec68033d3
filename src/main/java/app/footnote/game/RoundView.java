package app.footnote.game;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A round as players see it while it is open: no answer in it.
 *
 * @param choices none for a typed round, whose players type the answer
 * @param game where it stands in its game, or {@code null} for a round on its own
 */
public record RoundView(long id, Origin origin, String guildId, String channelId, String prompt, String category,
        String difficulty, AnswerMode mode, List<Choice> choices, Instant startedAt, Instant closesAt, InGame game) {

    public record Choice(String label, String text) {
    }

    /** Question {@code number} of {@code questions} of game {@code gameId}. */
    public record InGame(long gameId, int number, int questions) {
    }

    static RoundView of(Round round) {
        List<String> texts = round.mode == AnswerMode.TYPED ? List.of() : round.choices();
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            choices.add(new Choice(ChoiceLabels.label(i), texts.get(i)));
        }
        return new RoundView(round.id, round.origin, round.guildId, round.channelId, round.askedPrompt,
                round.question.category, round.question.difficulty.label(), round.mode, List.copyOf(choices),
                round.startedAt,
                round.closesAt, round.game == null ? null
                        : new InGame(round.game.id, round.gameRound, round.game.questions));
    }
}
