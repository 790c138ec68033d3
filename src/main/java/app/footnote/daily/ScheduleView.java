package app.footnote.daily;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A server's daily question as its moderators see it.
 *
 * @param category only questions of this category; {@code null} for any
 * @param openHours hours answers stay open; {@code null} for until one hour before the next post
 * @param preferNews whether a question from this week's news comes first, when there is one
 */
public record ScheduleView(String guildId, String channelId, LocalTime postTime, ZoneId timeZone, String category,
        Integer openHours, boolean preferNews, String updatedBy, Instant updatedAt) {

    static ScheduleView of(DailySchedule schedule) {
        return new ScheduleView(schedule.guildId, schedule.channelId, schedule.postTime, schedule.timeZone,
                schedule.category, schedule.openHours, schedule.preferNews, schedule.updatedBy, schedule.updatedAt);
    }
}
