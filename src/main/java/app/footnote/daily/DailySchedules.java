package app.footnote.daily;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.bank.ActiveCategories;
import app.footnote.game.Origin;

/** Sets, clears and reads servers' daily schedules; a bad value is refused with its field and nothing changes. */
@ApplicationScoped
public class DailySchedules {

    public static final int MAX_OPEN_HOURS = 23;
    private static final DateTimeFormatter HH_MM = PostTimeConverter.HH_MM.withResolverStyle(ResolverStyle.STRICT);

    private final Clock clock;
    private final ActiveCategories activeCategories;

    public DailySchedules(Clock clock, ActiveCategories activeCategories) {
        this.clock = clock;
        this.activeCategories = activeCategories;
    }

    /**
     * @param origin the adapter that posts the daily question
     * @param byUserId who makes the change, kept with the schedule
     * @throws InvalidScheduleException naming the first field at fault
     */
    @Transactional
    public ScheduleView set(Origin origin, String guildId, ScheduleRequest request, String byUserId) {
        if (request.channelId() == null || request.channelId().isBlank()) {
            throw new InvalidScheduleException(ScheduleRequest.CHANNEL, "give the channel to post in");
        }
        LocalTime time = parseTime(request.time());
        ZoneId zone = parseZone(request.timeZone());
        String category = request.category() == null || request.category().isBlank() ? null
                : request.category().strip();
        List<String> categories = activeCategories.list(guildId);
        if (category != null && !categories.contains(category)) {
            throw new InvalidScheduleException(ScheduleRequest.CATEGORY, "no questions in category '" + category
                    + "'; categories: " + String.join(", ", categories));
        }
        if (request.openHours() != null && (request.openHours() < 1 || request.openHours() > MAX_OPEN_HOURS)) {
            throw new InvalidScheduleException(ScheduleRequest.OPEN_HOURS, "must be 1 to " + MAX_OPEN_HOURS
                    + " hours, not " + request.openHours());
        }
        DailySchedule schedule = DailySchedule.findById(guildId);
        if (schedule == null) {
            schedule = new DailySchedule();
            schedule.guildId = guildId;
        }
        schedule.origin = origin;
        schedule.channelId = request.channelId();
        schedule.postTime = time;
        schedule.timeZone = zone;
        schedule.category = category;
        schedule.openHours = request.openHours();
        schedule.preferNews = Boolean.TRUE.equals(request.preferNews());
        schedule.updatedBy = byUserId;
        schedule.updatedAt = clock.instant();
        schedule.persist();
        return ScheduleView.of(schedule);
    }

    /** @return whether there was a schedule to turn off; a schedule that can no longer be read goes too */
    @Transactional
    public boolean off(String guildId) {
        return DailySchedule.delete("guildId", guildId) > 0;
    }

    @Transactional
    public Optional<ScheduleView> of(String guildId) {
        return DailySchedule.<DailySchedule>findByIdOptional(guildId).map(ScheduleView::of);
    }

    private static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip(), HH_MM);
        } catch (DateTimeParseException e) {
            throw new InvalidScheduleException(ScheduleRequest.TIME, "'" + text + "' is not a time of day as HH:mm,"
                    + " such as 09:00 or 18:30");
        }
    }

    private static ZoneId parseZone(String text) {
        String id = text == null ? "" : text.strip();
        // Region ids only: a fixed offset such as +02:00 would not follow the server's daylight saving.
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw new InvalidScheduleException(ScheduleRequest.TIMEZONE, "'" + text + "' is not a time zone; use an"
                    + " IANA name such as Europe/Paris or America/New_York");
        }
        return ZoneId.of(id);
    }
}
