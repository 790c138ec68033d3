package app.footnote.chat.discord;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.DiscordApi;
import org.javacord.api.interaction.ApplicationCommand;
import org.javacord.api.interaction.SlashCommandBuilder;

/**
 * Tells Discord which commands Footnote has. A bulk overwrite replaces whatever was registered before, so restarts
 * and renamed commands never leave duplicates behind.
 */
@ApplicationScoped
class RegisterCommands {

    private final InteractionRouter router;

    RegisterCommands(InteractionRouter router) {
        this.router = router;
    }

    Set<SlashCommandBuilder> declarations() {
        Set<SlashCommandBuilder> declarations = new LinkedHashSet<>();
        router.commands().forEach(command -> declarations.add(command.declaration()));
        return declarations;
    }

    /** To the development server when there is one (the commands appear at once), else globally. */
    CompletableFuture<Set<ApplicationCommand>> register(DiscordApi api, Optional<Long> developmentServer) {
        return developmentServer.map(guild -> api.bulkOverwriteServerApplicationCommands(guild, declarations()))
                .orElseGet(() -> api.bulkOverwriteGlobalApplicationCommands(declarations()));
    }
}
