package app.footnote.chat.discord;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;

/** Logs in to Discord's gateway: the one place that opens a connection to Discord. */
@ApplicationScoped
class DiscordLogin {

    /**
     * Slash commands and buttons need no privileged intent; GUILDS alone keeps the server, channel and role caches
     * that interactions are resolved against. Quarkus owns the shutdown, so Javacord registers no hook of its own.
     *
     * @throws java.util.concurrent.CompletionException when Discord refuses the token or cannot be reached
     */
    DiscordApi login(String token) {
        return new DiscordApiBuilder().setToken(token).setIntents(Intent.GUILDS)
                .setShutdownHookRegistrationEnabled(false).login().join();
    }
}
