package app.footnote.chat.discord;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.DiscordApi;

import app.footnote.game.Origin;
import app.footnote.game.ServedServers;

/**
 * The live connections to Discord of this process, one a shard it runs; none while Discord is off. The servers this
 * process serves are those of its shards.
 */
@ApplicationScoped
public class DiscordConnection implements ServedServers {

    private record Shards(int count, Map<Integer, DiscordApi> apis) {
    }

    private volatile Shards shards = new Shards(1, Map.of());

    /** @param apis each shard this process runs, by its number, of the bot's {@code count} shards */
    public void connected(int count, Map<Integer, DiscordApi> apis) {
        shards = new Shards(count, Map.copyOf(apis));
    }

    /** The connection of the shard a Discord server is on, when this process runs it; empty for other chats'. */
    public Optional<DiscordApi> apiFor(Origin origin, String guildId) {
        return origin == Origin.DISCORD ? apiFor(guildId) : Optional.empty();
    }

    private Optional<DiscordApi> apiFor(String guildId) {
        Shards current = shards;
        return guildNumber(guildId).map(id -> current.apis().get(ShardPlan.shardOf(id, current.count())));
    }

    public Collection<DiscordApi> apis() {
        return shards.apis().values();
    }

    @Override
    public Origin origin() {
        return Origin.DISCORD;
    }

    @Override
    public boolean serves(String guildId) {
        return apiFor(guildId).isPresent();
    }

    void disconnect() throws Exception {
        Shards connected = shards;
        shards = new Shards(1, Map.of());
        for (DiscordApi api : connected.apis().values()) {
            api.disconnect().get(10, TimeUnit.SECONDS);
        }
    }

    private static Optional<Long> guildNumber(String guildId) {
        try {
            return Optional.of(Long.parseUnsignedLong(guildId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
