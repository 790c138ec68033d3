package app.footnote.daily;

/**
 * A schedule as a moderator gives it, before it is checked.
 *
 * @param category {@code null} for any
 * @param openHours {@code null} for until one hour before the next post
 */
public record ScheduleRequest(String channelId, String time, String timeZone, String category, Integer openHours) {

    public static final String CHANNEL = "channel";
    public static final String TIME = "time";
    public static final String TIMEZONE = "timezone";
    public static final String CATEGORY = "category";
    public static final String OPEN_HOURS = "open-hours";
}
