package app.footnote.chat.local;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import app.footnote.daily.DailySchedule;
import app.footnote.daily.DailySchedules;
import app.footnote.daily.InvalidScheduleException;
import app.footnote.daily.PostDailyQuestions;
import app.footnote.daily.ScheduleRequest;
import app.footnote.daily.ScheduleView;
import app.footnote.game.DescribeRound;
import app.footnote.game.Origin;

/** The local server's daily question: its schedule, and the latest daily round to answer like any other. */
@Path("/api/local/daily")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocalDailyResource {

    private final DailySchedules schedules;
    private final PostDailyQuestions postDailyQuestions;
    private final DescribeRound describeRound;
    private final Clock clock;

    public LocalDailyResource(DailySchedules schedules, PostDailyQuestions postDailyQuestions,
            DescribeRound describeRound, Clock clock) {
        this.schedules = schedules;
        this.postDailyQuestions = postDailyQuestions;
        this.describeRound = describeRound;
        this.clock = clock;
    }

    record Schedule(String channel, String time, String timezone, String category, Integer openHours,
            String updatedBy, Instant updatedAt) {

        static Schedule of(ScheduleView schedule) {
            return new Schedule(schedule.channelId(), schedule.postTime().toString(), schedule.timeZone().getId(),
                    schedule.category(), schedule.openHours(), schedule.updatedBy(), schedule.updatedAt());
        }
    }

    /** The body of PUT; {@code by} names who makes the change (the local page has no accounts). */
    record ScheduleBody(@Size(max = DailySchedule.MAX_CHANNEL_LENGTH) String channel, String time, String timezone,
            String category, Integer openHours, @Size(max = DailySchedule.MAX_UPDATED_BY_LENGTH) String by) {
    }

    @GET
    public Map<String, Object> show() {
        Map<String, Object> body = new HashMap<>();
        body.put("schedule", schedules.of(LocalPlay.GUILD).map(Schedule::of).orElse(null));
        body.put("latestRound", postDailyQuestions.latestRound(LocalPlay.GUILD).flatMap(describeRound::describe)
                .map(state -> LocalJson.Round.of(state.round(), state.reveal(), clock.instant(), true)).orElse(null));
        return body;
    }

    @PUT
    public Response set(@Valid ScheduleBody body) {
        if (body == null) {
            return LocalJson.invalid("body", "send the schedule as JSON: channel, time, timezone");
        }
        try {
            ScheduleView saved = schedules.set(Origin.LOCAL, LocalPlay.GUILD,
                    new ScheduleRequest(body.channel(), body.time(),
                            body.timezone(), body.category(), body.openHours(), null),
                    body.by() == null ? "local" : body.by());
            return Response.ok(Schedule.of(saved)).build();
        } catch (InvalidScheduleException e) {
            // The schedule's fields are named as Discord's options are; this body spells one of them otherwise.
            return LocalJson.invalid(e.field().equals(ScheduleRequest.OPEN_HOURS) ? "openHours" : e.field(),
                    e.reason());
        }
    }

    @DELETE
    public Response off() {
        return schedules.off(LocalPlay.GUILD) ? Response.noContent().build()
                : LocalJson.problem(Status.NOT_FOUND, "There is no daily question to turn off.");
    }
}
