package app.footnote.daily;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A player's run of daily questions answered right in one server; {@code lastDate} is the last one answered right. */
@Entity
@Table(name = "daily_streak")
@IdClass(DailyStreak.Key.class)
public class DailyStreak extends PanacheEntityBase {

    public record Key(String guildId, String userId) {
    }

    @Id
    @Column(name = "guild_id")
    public String guildId;
    @Id
    @Column(name = "user_id")
    public String userId;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "current_streak")
    public int currentStreak;
    @Column(name = "best_streak")
    public int bestStreak;
    @Column(name = "last_date")
    public LocalDate lastDate;
}
