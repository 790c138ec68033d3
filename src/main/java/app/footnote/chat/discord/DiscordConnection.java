package app.footnote.chat.discord;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.DiscordApi;

/** The live connection to Discord, when there is one. */
@ApplicationScoped
public class DiscordConnection {

    private final AtomicReference<DiscordApi> api = new AtomicReference<>();

    public Optional<DiscordApi> api() {
        return Optional.ofNullable(api.get());
    }

    /** Whether Discord is connected and the server is a Discord one: other adapters' servers ("local") are not. */
    public boolean isOurs(String guildId) {
        return api.get() != null && !guildId.isEmpty() && guildId.chars().allMatch(Character::isDigit);
    }

    public void connected(DiscordApi connected) {
        api.set(connected);
    }

    void disconnect() throws Exception {
        DiscordApi connected = api.getAndSet(null);
        if (connected != null) {
            connected.disconnect().get(10, TimeUnit.SECONDS);
        }
    }
}
