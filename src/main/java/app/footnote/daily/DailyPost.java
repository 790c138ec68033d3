package app.footnote.daily;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A server's daily question of one local date; the key makes it once per server per date, across processes. */
@Entity
@Table(name = "daily_post")
@IdClass(DailyPost.Key.class)
public class DailyPost extends PanacheEntityBase {

    public record Key(String guildId, LocalDate localDate) {
    }

    @Id
    @Column(name = "guild_id")
    public String guildId;
    @Id
    @Column(name = "local_date")
    public LocalDate localDate;
    @Column(name = "round_id")
    public long roundId;
    @Column(name = "posted_at")
    public Instant postedAt;
}
