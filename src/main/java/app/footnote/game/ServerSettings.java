package app.footnote.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a server has chosen; servers without a row play with the configured defaults. */
@Entity
@Table(name = "server_settings")
public class ServerSettings extends PanacheEntityBase {

    @Id
    @Column(name = "guild_id")
    public String guildId;
    @Column(name = "round_seconds")
    public int roundSeconds;
}
