package app.footnote.chat.local;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import app.footnote.api.Problem;
import app.footnote.api.ProblemMappers;
import app.footnote.bank.Difficulty;
import app.footnote.chat.ChatTexts;
import app.footnote.chat.CommandOptions;
import app.footnote.chat.OptionValue;
import app.footnote.daily.DailyStreaks;
import app.footnote.game.AnswerMode;
import app.footnote.game.AnswerOutcome;
import app.footnote.game.DescribeGame;
import app.footnote.game.DescribeRound;
import app.footnote.game.GameView;
import app.footnote.game.InvalidRoundLengthException;
import app.footnote.game.NewsWindow;
import app.footnote.game.Origin;
import app.footnote.game.RecordAnswer;
import app.footnote.game.RoundLength;
import app.footnote.game.ShowSource;
import app.footnote.game.SourceOutcome;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;
import app.footnote.game.StopGame;
import app.footnote.game.StopOutcome;
import app.footnote.moderation.ReportOutcome;
import app.footnote.moderation.ReportQuestion;
import app.footnote.score.Leaderboard;
import app.footnote.score.Leaderboards;
import app.footnote.score.Period;

/** The local adapter's HTTP API: JSON in and out, one server ("local"), player names as ids. */
@Path("/api/local")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocalGameResource {

    private final StartRound startRound;
    private final StopGame stopGame;
    private final DescribeGame describeGame;
    private final RecordAnswer recordAnswer;
    private final DescribeRound describeRound;
    private final Leaderboards leaderboards;
    private final RoundLength roundLength;
    private final DailyStreaks dailyStreaks;
    private final ShowSource showSource;
    private final ReportQuestion reportQuestion;
    private final Clock clock;

    public LocalGameResource(StartRound startRound, StopGame stopGame, DescribeGame describeGame,
            RecordAnswer recordAnswer, DescribeRound describeRound, Leaderboards leaderboards, RoundLength roundLength,
            DailyStreaks dailyStreaks, ShowSource showSource, ReportQuestion reportQuestion, Clock clock) {
        this.startRound = startRound;
        this.stopGame = stopGame;
        this.describeGame = describeGame;
        this.recordAnswer = recordAnswer;
        this.describeRound = describeRound;
        this.leaderboards = leaderboards;
        this.roundLength = roundLength;
        this.dailyStreaks = dailyStreaks;
        this.showSource = showSource;
        this.reportQuestion = reportQuestion;
        this.clock = clock;
    }

    @POST
    @Path("/rounds")
    public Response start(@Valid @NotNull LocalJson.StartRequest request) {
        OptionValue<Difficulty> difficulty = CommandOptions.difficulty(request.difficulty());
        if (difficulty.isRefused()) {
            return LocalJson.invalid(difficulty.refusal().option(), ChatTexts.PLAIN.mustBe(difficulty.refusal()));
        }
        OptionValue<Integer> questions = CommandOptions.questions(request.questions() == null ? null
                : request.questions().longValue());
        if (questions.isRefused()) {
            return LocalJson.invalid(questions.refusal().option(), ChatTexts.PLAIN.mustBe(questions.refusal()));
        }
        OptionValue<NewsWindow> news = CommandOptions.news(request.news());
        if (news.isRefused()) {
            return LocalJson.invalid(news.refusal().option(), ChatTexts.PLAIN.mustBe(news.refusal()));
        }
        OptionValue<AnswerMode> mode = CommandOptions.mode(request.mode());
        if (mode.isRefused()) {
            return LocalJson.invalid(mode.refusal().option(), ChatTexts.PLAIN.mustBe(mode.refusal()));
        }
        String player = blankToNull(request.player());
        if (questions.value() > 1 && player == null) {
            return LocalJson.invalid("player", "must be given to start a game: the player who starts it may stop it");
        }
        StartOutcome outcome = startRound.start(StartRequest.in(Origin.LOCAL, LocalPlay.GUILD, request.channel())
                .by(player, player).category(CommandOptions.category(request.category()))
                .difficulty(difficulty.value()).news(news.value()).questions(questions.value()).mode(mode.value()));
        if (outcome instanceof StartOutcome.Started started) {
            LocalJson.Round round = LocalJson.Round.of(started.round(), null, clock.instant(), false);
            return Response.status(Status.CREATED).entity(started.fewerThanAsked()
                    ? round.withNotice(ChatTexts.PLAIN.fewerQuestions(started)) : round).build();
        } else if (outcome instanceof StartOutcome.AlreadyOpen open) {
            return ProblemMappers.respond(Problem.of(409, "Conflict", "A round is already open in this channel:"
                    + " answer it first.").with("round", LocalJson.Round.of(open.round(), null, clock.instant(),
                            dailyStreaks.isDaily(open.round().id()))));
        } else if (outcome instanceof StartOutcome.GameRunning running) {
            GameView game = running.game();
            Problem problem = Problem.of(409, "Conflict", ChatTexts.PLAIN.gameRunning("A game", game))
                    .with("game", LocalJson.Game.of(game, List.of()));
            return ProblemMappers.respond(describeRound.describe(game.latestRoundId()).map(state -> problem.with(
                    "round", LocalJson.Round.of(state.round(), state.reveal(), clock.instant(), false)))
                    .orElse(problem));
        }
        return LocalJson.problem(Status.NOT_FOUND,
                ChatTexts.PLAIN.nothingMatches((StartOutcome.NothingMatches) outcome));
    }

    @GET
    @Path("/games/{id}")
    public Response game(@PathParam("id") long gameId) {
        return describeGame.describe(gameId).filter(standings -> standings.game().guildId().equals(LocalPlay.GUILD))
                .map(standings -> Response.ok(LocalJson.Game.of(standings.game(), standings.top())).build())
                .orElseGet(() -> LocalJson.problem(Status.NOT_FOUND, "There is no game " + gameId + " here."));
    }

    @POST
    @Path("/games/stop")
    public Response stop(@Valid @NotNull LocalJson.StopRequest request) {
        String player = request.player().strip();
        StopOutcome outcome = stopGame.stop(LocalPlay.GUILD, request.channel(), player, player, false);
        if (outcome instanceof StopOutcome.Stopping stopping) {
            return Response.ok(LocalJson.Game.of(stopping.game(), List.of())).build();
        } else if (outcome instanceof StopOutcome.AlreadyStopping already) {
            // Asking twice is answered as the first time: the game, with who stopped it first.
            return Response.ok(LocalJson.Game.of(already.game(), List.of())).build();
        } else if (outcome instanceof StopOutcome.NotAllowed refused) {
            // Local play has no moderators: only the starter may.
            return LocalJson.problem(Status.FORBIDDEN, ChatTexts.PLAIN.stopRefused(refused, null));
        }
        return LocalJson.problem(Status.NOT_FOUND, ChatTexts.PLAIN.noGame(null));
    }

    @POST
    @Path("/rounds/{id}/answers")
    public Response answer(@PathParam("id") long roundId, @Valid @NotNull LocalJson.AnswerRequest request) {
        String player = request.player().strip();
        if (request.choice() != null && request.text() != null) {
            return LocalJson.invalid("text", "must not be given with choice: a round takes one or the other");
        }
        if (request.choice() == null && request.text() == null) {
            return LocalJson.invalid("choice", "must be given (a choice's label), or text for a typed round");
        }
        AnswerOutcome outcome = request.text() != null
                ? recordAnswer.answerTyped(LocalPlay.GUILD, roundId, player, player, request.text())
                : recordAnswer.answer(LocalPlay.GUILD, roundId, player, player, request.choice());
        String message = ChatTexts.PLAIN.answer(outcome);
        if (outcome instanceof AnswerOutcome.LockedIn locked) {
            return Response.ok(Map.of("choice", locked.label(), "message", message)).build();
        } else if (outcome instanceof AnswerOutcome.TypedLockedIn locked) {
            return Response.ok(Map.of("text", locked.typed(), "message", message)).build();
        } else if (outcome instanceof AnswerOutcome.NoSuchChoice) {
            return LocalJson.invalid("choice", message);
        } else if (outcome instanceof AnswerOutcome.BlankAnswer || outcome instanceof AnswerOutcome.AnswerTooLong) {
            return LocalJson.invalid("text", message);
        } else if (outcome instanceof AnswerOutcome.WrongMode wrong) {
            // Named for the field the round does take.
            return LocalJson.invalid(wrong.mode() == AnswerMode.TYPED ? "text" : "choice", message);
        }
        return LocalJson.problem(outcome instanceof AnswerOutcome.NoSuchRound ? Status.NOT_FOUND : Status.CONFLICT,
                message);
    }

    @GET
    @Path("/rounds/{id}")
    public Response round(@PathParam("id") long roundId, @QueryParam("player") String player) {
        String name = blankToNull(player);
        return describeRound.describe(roundId, name).filter(state -> state.round().guildId().equals(LocalPlay.GUILD))
                .map(state -> Response.ok(LocalJson.Round.of(state.round(), state.reveal(), clock.instant(),
                        dailyStreaks.isDaily(roundId), state.yours())).build())
                .orElseGet(() -> LocalJson.problem(Status.NOT_FOUND, "There is no round " + roundId + " here."));
    }

    /** The evidence of a revealed round: each quote in its sentence, between the sentences around it. */
    @GET
    @Path("/rounds/{id}/source")
    public Response source(@PathParam("id") long roundId) {
        SourceOutcome outcome = showSource.show(LocalPlay.GUILD, roundId);
        if (outcome instanceof SourceOutcome.Shown shown) {
            return Response.ok(shown).build();
        }
        return outcome instanceof SourceOutcome.NotYetRevealed
                ? LocalJson.problem(Status.CONFLICT, "The source comes with the answer, when the round closes.")
                : LocalJson.problem(Status.NOT_FOUND, "There is no round " + roundId + " here.");
    }

    /** A player's report of a revealed round's question, for the local server's moderators. */
    @POST
    @Path("/rounds/{id}/reports")
    public Response report(@PathParam("id") long roundId, @Valid @NotNull LocalJson.ReportRequest request) {
        String player = request.player().strip();
        ReportOutcome outcome = reportQuestion.report(LocalPlay.GUILD, roundId, player, player, request.reason(),
                request.note());
        String message = ChatTexts.PLAIN.report(outcome);
        if (outcome instanceof ReportOutcome.Recorded recorded) {
            return Response.status(Status.CREATED).entity(Map.of("message", message, "paused", recorded.paused()))
                    .build();
        } else if (outcome instanceof ReportOutcome.InvalidReason) {
            return LocalJson.invalid("reason", message);
        } else if (outcome instanceof ReportOutcome.NoteTooLong) {
            return LocalJson.invalid("note", message);
        }
        return LocalJson.problem(outcome instanceof ReportOutcome.NoSuchRound ? Status.NOT_FOUND : Status.CONFLICT,
                message);
    }

    @GET
    @Path("/leaderboard")
    public Response leaderboard(@QueryParam("period") String period, @QueryParam("player") String player) {
        OptionValue<Period> chosen = CommandOptions.period(period);
        if (chosen.isRefused()) {
            return LocalJson.invalid(chosen.refusal().option(), ChatTexts.PLAIN.mustBe(chosen.refusal()));
        }
        Leaderboard board = leaderboards.leaderboard(LocalPlay.GUILD, chosen.value(),
                blankToNull(player));
        return Response.ok(LocalJson.Board.of(board)).build();
    }

    @GET
    @Path("/players/{name}")
    public Response player(@PathParam("name") String name) {
        return leaderboards.stats(LocalPlay.GUILD, name.strip()).map(stats -> Response.ok(stats).build())
                .orElseGet(() -> LocalJson.problem(Status.NOT_FOUND, "No player of that name has answered here."));
    }

    @PUT
    @Path("/settings")
    public Response settings(@Valid @NotNull LocalJson.SettingsRequest request) {
        try {
            roundLength.set(LocalPlay.GUILD, request.roundSeconds());
        } catch (InvalidRoundLengthException e) {
            return LocalJson.invalid("roundSeconds", e.getMessage());
        }
        return Response.ok(Map.of("roundSeconds", request.roundSeconds())).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
