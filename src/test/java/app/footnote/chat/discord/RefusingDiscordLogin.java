package app.footnote.chat.discord;

import java.util.Map;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.javacord.api.DiscordApi;

/** Discord's answer to a well-formed token it does not know: the gateway closes before the session is ready. */
@Alternative
@Singleton
class RefusingDiscordLogin extends DiscordLogin {

    RefusingDiscordLogin(DiscordConfig config) {
        super(config);
    }

    @Override
    int recommendedShardCount(String token) {
        return 1;
    }

    @Override
    Map<Integer, DiscordApi> login(String token, ShardPlan plan) {
        throw new IllegalStateException("Websocket closed before READY packet was received!");
    }
}
