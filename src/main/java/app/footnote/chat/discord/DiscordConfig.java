package app.footnote.chat.discord;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "footnote.discord")
public interface DiscordConfig {

    /** The bot token from the Discord developer portal (env DISCORD_TOKEN); without it Discord stays off. */
    Optional<String> token();

    /**
     * Register the commands on this one server only, where they appear at once (env DISCORD_GUILD_ID; for
     * development). Unset: the commands are registered globally, for every server the bot is in.
     */
    Optional<Long> guildId();

    /**
     * How long to wait for Discord at start-up before giving up with a clear message (env
     * FOOTNOTE_DISCORD_LOGIN_TIMEOUT). Javacord itself would keep retrying an unreachable Discord forever.
     */
    @WithDefault("30s")
    Duration loginTimeout();

    /**
     * How many shards the bot has across all its processes (env FOOTNOTE_DISCORD_SHARD_COUNT). Unset: the number
     * Discord recommends for the bot, asked at start-up; 1 for a bot in fewer than 2,500 servers.
     */
    Optional<Integer> shardCount();

    /**
     * Which shards this process runs, as numbers and ranges such as {@code 0,1} or {@code 2-3} (env
     * FOOTNOTE_DISCORD_SHARDS). Unset: all of them. The process that runs shard 0 registers the commands.
     */
    Optional<String> shards();

    /** Threads that run interactions' database work, off Javacord's own threads (env FOOTNOTE_DISCORD_WORKERS). */
    @WithDefault("4")
    int workers();
}
