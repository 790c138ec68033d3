package app.footnote.daily;

/**
 * A schedule as a moderator gives it, before it is checked.
 *
 * @param category {@code null} for any
 * @param openHours {@code null} for until one hour before the next post
 * @param preferNews whether a question from this week's news comes first; {@code null} for no
 */
public record ScheduleRequest(String channelId, String time, String timeZone, String category, Integer openHours,
        Boolean preferNews) {

    public static final String CHANNEL = "channel";
    public static final String TIME = "time";
    public static final String TIMEZONE = "timezone";
    public static final String CATEGORY = "category";
    public static final String OPEN_HOURS = "open-hours";
    public static final String PREFER_NEWS = "prefer-news";
}
