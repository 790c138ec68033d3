package app.footnote.chat.discord;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
     * Slash commands and buttons need no privileged intent; GUILDS alone keeps the server, channel and role caches
     * that interactions are resolved against. Quarkus owns the shutdown, so Javacord registers no hook of its own.
     *
     * @throws IllegalStateException when Discord refuses the token or does not answer in time
     */
    DiscordApi login(String token) {
        CompletableFuture<DiscordApi> login = new DiscordApiBuilder().setToken(token).setIntents(Intent.GUILDS)
                .setShutdownHookRegistrationEnabled(false).login();
        try {
            return login.get(config.loginTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Discord within " + config.loginTimeout().toSeconds()
                    + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while logging in", e);
        }
    }
}
