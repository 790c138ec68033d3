package app.footnote.chat.local;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.footnote.api.Problem;
import app.footnote.api.ProblemMappers;
import app.footnote.bank.BankValidator;
import app.footnote.chat.ChatTexts;
import app.footnote.game.DescribeRound;
import app.footnote.game.GameStandings;
import app.footnote.game.GameView;
import app.footnote.game.Reveal;
import app.footnote.game.RoundView;
import app.footnote.score.Leaderboard;
import app.footnote.score.Standing;

/** The local API's request and response bodies. */
final class LocalJson {

    private LocalJson() {
    }

    /**
     * {@code questions} above 1 starts a game, which {@code player} may stop; {@code news} (today, week, month) asks
     * only that window's news; {@code mode} "typed" plays it (each of its rounds) by typing the answer, "buttons" (the
     * default) with the choices.
     */
    record StartRequest(@NotBlank @Size(max = app.footnote.game.Round.MAX_CHANNEL_LENGTH) String channel,
            @Size(max = BankValidator.MAX_CATEGORY_LENGTH) String category, @Size(max = 10) String difficulty,
            Integer questions, @Size(max = LocalPlay.MAX_NAME_LENGTH) String player,
            @Size(max = 10) String news, @Size(max = 10) String mode) {
    }

    record StopRequest(@NotBlank @Size(max = app.footnote.game.Round.MAX_CHANNEL_LENGTH) String channel,
            @NotBlank @Size(max = LocalPlay.MAX_NAME_LENGTH) String player) {
    }

    /**
     * A game as the page shows it; {@code standings} over its revealed rounds, best first, final once {@code ended};
     * {@code note} the sentence under them, as Discord words it (questions played, who stopped it, the tie rule).
     */
    record Game(long id, String channel, int questions, int played, long latestRoundId, Instant nextRoundAt,
            boolean stopping, String stoppedBy, String startedByName, boolean ended,
            List<GameStandings.Line> standings, String note) {

        static Game of(GameView game, List<GameStandings.Line> standings) {
            return new Game(game.id(), game.channelId(), game.questions(), game.played(), game.latestRoundId(),
                    game.nextRoundAt(), game.stopping(), game.stoppedBy(), game.startedByName(), game.ended(),
                    standings, ChatTexts.PLAIN.standingsNote(game));
        }
    }

    /**
     * A choice's label for a round played with buttons, or {@code text} for a typed round; the service refuses a blank
     * or too long text, naming it.
     */
    record AnswerRequest(@NotBlank @Size(max = LocalPlay.MAX_NAME_LENGTH) String player, @Size(max = 2) String choice,
            String text) {
    }

    /** A player's report of a revealed round's question; the service checks the reason and the note's length. */
    record ReportRequest(@NotBlank @Size(max = LocalPlay.MAX_NAME_LENGTH) String player, String reason, String note) {
    }

    record SettingsRequest(@NotNull Integer roundSeconds) {
    }

    /**
     * A round as the page shows it; {@code mode} "buttons" or "typed" (no choices then), {@code daily} when it is the
     * daily question, {@code you} the asking player's own
     * answer when a player was named, {@code game} where it stands in its game, {@code notice} what the player should
     * know about how it started (a game with fewer questions than asked).
     */
    record Round(long id, String channel, String prompt, String category, String difficulty, String mode,
            List<RoundView.Choice> choices, Instant closesAt, long secondsLeft, boolean daily, Reveal reveal,
            @JsonInclude(JsonInclude.Include.NON_NULL) DescribeRound.YourAnswer you,
            @JsonInclude(JsonInclude.Include.NON_NULL) RoundView.InGame game,
            @JsonInclude(JsonInclude.Include.NON_NULL) String notice) {

        Round withNotice(String text) {
            return new Round(id, channel, prompt, category, difficulty, mode, choices, closesAt, secondsLeft, daily,
                    reveal, you, game, text);
        }

        static Round of(RoundView round, Reveal reveal, Instant now, boolean daily) {
            return of(round, reveal, now, daily, null);
        }

        static Round of(RoundView round, Reveal reveal, Instant now, boolean daily, DescribeRound.YourAnswer you) {
            long left = Math.max(0, round.closesAt().getEpochSecond() - now.getEpochSecond());
            return new Round(round.id(), round.channelId(), round.prompt(), round.category(), round.difficulty(),
                    round.mode().label(), round.choices(), round.closesAt(), reveal == null ? left : 0, daily, reveal,
                    you, round.game(),
                    null);
        }
    }

    record Board(String period, String periodKey, List<Standing> top, Standing asker) {

        static Board of(Leaderboard board) {
            return new Board(board.period().label(), board.periodKey(), board.top(), board.asker());
        }
    }

    /** A refusal in the one shape of every HTTP error (problem details), saying what happened. */
    static Response problem(Response.Status status, String detail) {
        return ProblemMappers.respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail));
    }

    /** A 400 naming the body's field at fault. */
    static Response invalid(String field, String message) {
        return ProblemMappers.respond(Problem.invalid("Invalid request", field, message));
    }
}
