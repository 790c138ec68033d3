package app.footnote.chat.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.user.User;

/**
 * Discord accepting the token: each login hands out a fresh mock connection for each shard, kept for the test to
 * check, and recommends {@link #recommended} shards.
 */
@Alternative
@Singleton
class AcceptingDiscordLogin extends DiscordLogin {

    AcceptingDiscordLogin(DiscordConfig config) {
        super(config);
    }

    static final long CLIENT_ID = 1_234_567_890_123_456_789L;
    static volatile int recommended = 1;
    static volatile Map<Integer, DiscordApi> last = Map.of();

    @Override
    int recommendedShardCount(String token) {
        return recommended;
    }

    @Override
    Map<Integer, DiscordApi> login(String token, ShardPlan plan) {
        Map<Integer, DiscordApi> apis = new LinkedHashMap<>();
        for (int shard : plan.shards()) {
            DiscordApi api = mock(DiscordApi.class);
            User bot = mock(User.class);
            when(bot.getName()).thenReturn("Footnote");
            when(api.getYourself()).thenReturn(bot);
            when(api.getClientId()).thenReturn(CLIENT_ID);
            when(api.getCurrentShard()).thenReturn(shard);
            when(api.getTotalShards()).thenReturn(plan.count());
            when(api.bulkOverwriteGlobalApplicationCommands(any()))
                    .thenReturn(CompletableFuture.completedFuture(Set.of()));
            when(api.disconnect()).thenReturn(CompletableFuture.completedFuture(null));
            apis.put(shard, api);
        }
        last = apis;
        return apis;
    }
}
