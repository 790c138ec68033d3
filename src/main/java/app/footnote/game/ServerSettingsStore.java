package app.footnote.game;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.footnote.db.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A server's settings row, which the game owns, for the features that keep a setting in it (moderation's role and
 * notice channel) or serialise a server's changes on it (the feeds' limit). They reach the row through here, never the
 * entity.
 */
@ApplicationScoped
public class ServerSettingsStore {

    @Transactional
    public Optional<String> moderatorRole(String guildId) {
        return ServerSettings.<ServerSettings>findByIdOptional(guildId).map(settings -> settings.moderatorRoleId);
    }

    /** @param roleId the role, or {@code null} for none */
    @Transactional
    public void setModeratorRole(String guildId, String roleId) {
        ServerSettings.of(guildId).moderatorRoleId = roleId;
    }

    @Transactional
    public Optional<String> noticeChannel(String guildId) {
        return ServerSettings.<ServerSettings>findByIdOptional(guildId).map(settings -> settings.noticeChannelId);
    }

    /** @param channelId the channel, or {@code null} for none */
    @Transactional
    public void setNoticeChannel(String guildId, String channelId) {
        ServerSettings.of(guildId).noticeChannelId = channelId;
    }

    /**
     * Locks the server's settings row until the caller's transaction ends (a pessimistic write lock: {@code select …
     * for update} on H2 and PostgreSQL alike), so that the server's changes made under it happen one after the other,
     * each seeing the one before. A server without a row gets one first, in a transaction of its own: a lock needs a
     * row, and two callers creating it at once must not fail (one creates it, both lock it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String guildId) {
        if (ServerSettings.findById(guildId, LockModeType.PESSIMISTIC_WRITE) != null) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> ServerSettings.of(guildId));
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
        }
        ServerSettings.findById(guildId, LockModeType.PESSIMISTIC_WRITE);
    }
}
