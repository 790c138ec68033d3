package app.footnote.chat.local;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;

import app.footnote.game.Reveal;
import app.footnote.game.RoundView;
import app.footnote.score.Leaderboard;
import app.footnote.score.Standing;

/** The local API's request and response bodies. */
final class LocalJson {

    static final int MAX_NAME_LENGTH = 32;

    private LocalJson() {
    }

    record StartRequest(@NotBlank @Size(max = 100) String channel, @Size(max = 60) String category,
            @Size(max = 10) String difficulty) {
    }

    record AnswerRequest(@NotBlank @Size(max = MAX_NAME_LENGTH) String player, @NotBlank @Size(max = 2) String choice) {
    }

    record SettingsRequest(int roundSeconds) {
    }

    record Round(long id, String channel, String prompt, String category, String difficulty,
            List<RoundView.Choice> choices, Instant closesAt, long secondsLeft, Reveal reveal) {

        static Round of(RoundView round, Reveal reveal, Instant now) {
            long left = Math.max(0, round.closesAt().getEpochSecond() - now.getEpochSecond());
            return new Round(round.id(), round.channelId(), round.prompt(), round.category(), round.difficulty(),
                    round.choices(), round.closesAt(), reveal == null ? left : 0, reveal);
        }
    }

    record Board(String period, String periodKey, List<Standing> top, Standing asker) {

        static Board of(Leaderboard board) {
            return new Board(board.period().label(), board.periodKey(), board.top(), board.asker());
        }
    }

    static Response problem(Response.Status status, String reason) {
        return Response.status(status).entity(Map.of("status", status.getStatusCode(), "reason", reason))
                .type("application/json").build();
    }
}
