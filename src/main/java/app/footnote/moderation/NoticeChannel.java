package app.footnote.moderation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.footnote.game.ServerSettingsStore;

/**
 * The channel a server names for its moderators' notices: what the bot did on its own, such as the new questions its
 * feeds brought. Without one, each notice goes where the thing it is about was set up (a feed, where it was added).
 */
@ApplicationScoped
public class NoticeChannel {

    private final ServerSettingsStore settings;

    public NoticeChannel(ServerSettingsStore settings) {
        this.settings = settings;
    }

    public Optional<String> of(String guildId) {
        return settings.noticeChannel(guildId);
    }

    /** @param channelId the channel, or {@code null} to tell moderators where each feed was added */
    public void set(String guildId, String channelId) {
        settings.setNoticeChannel(guildId, channelId);
    }
}
