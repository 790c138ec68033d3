package app.footnote.game;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A round as players see it while it is open: no answer in it. */
public record RoundView(long id, Origin origin, String guildId, String channelId, String prompt, String category,
        String difficulty, List<Choice> choices, Instant startedAt, Instant closesAt) {

    public record Choice(String label, String text) {
    }

    static RoundView of(Round round) {
        List<String> texts = round.choices();
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            choices.add(new Choice(ChoiceLabels.label(i), texts.get(i)));
        }
        return new RoundView(round.id, round.origin, round.guildId, round.channelId, round.question.prompt,
                round.question.category, round.question.difficulty.label(), List.copyOf(choices), round.startedAt,
                round.closesAt);
    }
}
