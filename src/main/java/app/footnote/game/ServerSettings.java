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
    /** {@code null}: the configured default. */
    @Column(name = "round_seconds")
    public Integer roundSeconds;
    /** Members with this role may use the moderator commands, as well as those with Manage Server. */
    @Column(name = "moderator_role_id")
    public String moderatorRoleId;
    /** Where moderators are told what the bot did on its own; {@code null}: where each feed was added. */
    @Column(name = "notice_channel_id")
    public String noticeChannelId;

    /** The server's settings, created empty (all defaults) when it has none; call within a transaction. */
    public static ServerSettings of(String guildId) {
        ServerSettings settings = findById(guildId);
        if (settings == null) {
            settings = new ServerSettings();
            settings.guildId = guildId;
            settings.persist();
        }
        return settings;
    }
}
