package app.footnote.chat.discord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;

/** Logs in to Discord's gateway: the one place that opens a connection to Discord. */
@ApplicationScoped
class DiscordLogin {

    private final DiscordConfig config;

    DiscordLogin(DiscordConfig config) {
        this.config = config;
    }

    /**
     * How many shards Discord recommends for the bot (Javacord asks the gateway).
     *
     * @throws IllegalStateException when Discord refuses the token or does not answer in time
     */
    int recommendedShardCount(String token) {
        return await(builder(token).setRecommendedTotalShards(), "asking for the recommended shards")
                .getTotalShards();
    }

    /**
     * Logs in the plan's shards, one connection each; Javacord spaces the logins as Discord requires. Slash commands
     * and buttons need no privileged intent; GUILDS alone keeps the server, channel and role caches that
     * interactions are resolved against. Quarkus owns the shutdown, so Javacord registers no hook of its own.
     *
     * @return each shard's connection, by shard number
     * @throws IllegalStateException when Discord refuses the token or does not answer in time; the shards already
     *         logged in are disconnected
     */
    Map<Integer, DiscordApi> login(String token, ShardPlan plan) {
        List<CompletableFuture<DiscordApi>> logins = new ArrayList<>(builder(token).setTotalShards(plan.count())
                .loginShards(plan.shards().stream().mapToInt(Integer::intValue).toArray()));
        Map<Integer, DiscordApi> apis = new LinkedHashMap<>();
        try {
            for (CompletableFuture<DiscordApi> login : logins) {
                DiscordApi api = await(login, "logging in");
                apis.put(api.getCurrentShard(), api);
            }
            return apis;
        } catch (RuntimeException e) {
            logins.forEach(login -> login.thenAccept(DiscordApi::disconnect));
            throw e;
        }
    }

    private static DiscordApiBuilder builder(String token) {
        return new DiscordApiBuilder().setToken(token).setIntents(Intent.GUILDS)
                .setShutdownHookRegistrationEnabled(false);
    }

    private <T> T await(Future<T> future, String doing) {
        try {
            return future.get(config.loginTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Discord within " + config.loginTimeout().toSeconds()
                    + " s " + doing, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        }
    }
}
