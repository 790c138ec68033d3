package app.footnote.chat.discord;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "footnote.discord")
public interface DiscordConfig {

    /** The bot token from the Discord developer portal (env DISCORD_TOKEN); without it Discord stays off. */
    Optional<String> token();
}
