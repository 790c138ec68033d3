package app.footnote.daily;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.footnote.game.Origin;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A server's daily question: in which channel, at what local time in which zone, and for how long. */
@Entity
@Table(name = "daily_schedule")
public class DailySchedule extends PanacheEntityBase {

    /** The sizes of {@code daily_schedule.channel_id} and {@code updated_by} (V4__daily.sql). */
    public static final int MAX_CHANNEL_LENGTH = 64;
    public static final int MAX_UPDATED_BY_LENGTH = 64;

    @Id
    @Column(name = "guild_id")
    public String guildId;
    @Enumerated(EnumType.STRING)
    public Origin origin;
    @Column(name = "channel_id")
    public String channelId;
    /** Local to {@link #timeZone}. */
    @Column(name = "post_time")
    @Convert(converter = PostTimeConverter.class)
    public LocalTime postTime;
    /** A region, such as Europe/Paris, never a fixed offset: the post follows the server's daylight saving. */
    @Column(name = "time_zone")
    @Convert(converter = ZoneIdConverter.class)
    public ZoneId timeZone;
    /** Only questions of this category; {@code null} for any. */
    public String category;
    @Column(name = "open_hours")
    public Integer openHours;
    /** Whether a question from this week's news comes first (NewsWindow.WEEK), when there is one. */
    @Column(name = "prefer_news")
    public boolean preferNews;
    /** Who last changed the schedule, and when. */
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public DailyTimes times() {
        return new DailyTimes(postTime, timeZone, openHours);
    }
}
