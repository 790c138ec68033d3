package app.footnote.chat.discord;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.permission.PermissionsBuilder;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Connects this process's shards to Discord at start-up when a token is set, registers the commands from the process
 * that runs shard 0, and says where to invite the bot; disconnects at shutdown. A token Discord refuses, or shard
 * settings that cannot be run, stop the application with one line that says what to fix.
 */
@ApplicationScoped
public class DiscordLauncher {

    static final String OFF_MESSAGE = "Discord is off: DISCORD_TOKEN is not set.";
    static final String MALFORMED_MESSAGE = "DISCORD_TOKEN is not a bot token (it should be three parts separated by"
            + " dots). Copy it from the Discord developer portal: your application > Bot > Reset Token.";
    static final String LOGIN_FAILED_MESSAGE = "Could not log in to Discord with DISCORD_TOKEN (%s). Check the token in"
            + " the Discord developer portal (your application > Bot > Reset Token) and that this machine can reach"
            + " discord.com.";
    /** Only what the bot does: see channels, send the reveal (an embed), and do so in threads too. */
    static final PermissionType[] PERMISSIONS = {PermissionType.VIEW_CHANNEL, PermissionType.SEND_MESSAGES,
            PermissionType.SEND_MESSAGES_IN_THREADS, PermissionType.EMBED_LINKS, PermissionType.READ_MESSAGE_HISTORY};
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    private static final Logger LOG = Logger.getLogger(DiscordLauncher.class);

    private final DiscordConfig config;
    private final DiscordLogin login;
    private final DiscordConnection connection;
    private final InteractionRouter router;
    private final RegisterCommands registerCommands;

    DiscordLauncher(DiscordConfig config, DiscordLogin login, DiscordConnection connection, InteractionRouter router,
            RegisterCommands registerCommands) {
        this.config = config;
        this.login = login;
        this.connection = connection;
        this.router = router;
        this.registerCommands = registerCommands;
    }

    /**
     * Called at start-up ({@code StartUp}) once there are questions to play, and before the overdue rounds of this
     * process's shards are revealed.
     *
     * @return false when the settings cannot be run and the application is stopping
     */
    public boolean connect() {
        String token = config.token().map(String::strip).orElse("");
        if (token.isEmpty()) {
            // A shard count set with the token still unset is checked now, not first on the day the token is set.
            Optional<String> invalid = config.shardCount().flatMap(this::invalidShards);
            if (invalid.isPresent()) {
                stop(invalid.get());
                return false;
            }
            LOG.info(OFF_MESSAGE);
            return true;
        }
        if (!TOKEN_SHAPE.matcher(token).matches()) {
            stop(MALFORMED_MESSAGE);
            return false;
        }
        ShardPlan plan;
        Map<Integer, DiscordApi> apis;
        try {
            plan = ShardPlan.of(config.shardCount().orElseGet(() -> login.recommendedShardCount(token)),
                    config.shards());
            apis = login.login(token, plan);
        } catch (InvalidShardsException e) {
            stop(e.getMessage());
            return false;
        } catch (RuntimeException e) {
            stop(String.format(LOGIN_FAILED_MESSAGE, e.getMessage()));
            return false;
        }
        connection.connected(plan.count(), apis);
        apis.values().forEach(router::attach);
        if (plan.registersCommands()) {
            register(apis.get(0));
        }
        DiscordApi any = apis.values().iterator().next();
        LOG.infof("Discord is on as %s%s. Invite the bot with %s", any.getYourself().getName(),
                plan.count() == 1 ? "" : " (shards " + plan.shards() + " of " + plan.count() + ")",
                inviteUrl(any.getClientId()));
        return true;
    }

    private Optional<String> invalidShards(int count) {
        try {
            ShardPlan.of(count, config.shards());
            return Optional.empty();
        } catch (InvalidShardsException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void register(DiscordApi api) {
        registerCommands.register(api, config.guildId()).whenComplete((commands, error) -> {
            if (error != null) {
                LOG.errorf("Discord did not accept Footnote's commands (%s); players see the previous ones, if any.",
                        rootMessage(error));
            } else {
                LOG.infof("Registered %d commands %s", commands.size(), config.guildId()
                        .map(id -> "on server " + id).orElse("globally"));
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            connection.disconnect();
        } catch (Exception e) {
            LOG.warnf("Could not disconnect from Discord cleanly: %s", rootMessage(e));
        }
    }

    /** Scopes bot and applications.commands, and only the permissions the bot uses. */
    static String inviteUrl(long clientId) {
        long permissions = new PermissionsBuilder().setAllowed(PERMISSIONS).build().getAllowedBitmask();
        return "https://discord.com/oauth2/authorize?client_id=" + clientId + "&scope=bot+applications.commands"
                + "&permissions=" + permissions;
    }

    private static void stop(String message) {
        LOG.error(message);
        Quarkus.asyncExit(1);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
