package app.footnote.chat.local;

import java.util.Optional;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * While local play is on, the bot listens on 127.0.0.1 unless {@code QUARKUS_HTTP_HOST} (or any other source a person
 * writes) says otherwise: the local API takes anyone's answers and settings without a password, so it is not offered to
 * the network by default. With local play off (a Discord bot) Quarkus's default, every interface, stands. Dev and test
 * mode listen on localhost already, and are left alone.
 */
@Priority(Priorities.APPLICATION)
public class LoopbackWhileLocalPlay implements ConfigSourceInterceptor {

    static final String HOST = "quarkus.http.host";
    static final String LOOPBACK = "127.0.0.1";
    private static final String EVERY_INTERFACE = "0.0.0.0";
    /** Below every source a person writes to (application.properties is 250, .env 295, the environment 300). */
    private static final int WRITTEN_SOURCES = 100;

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!HOST.equals(name) || value == null || value.getConfigSourceOrdinal() >= WRITTEN_SOURCES
                || !EVERY_INTERFACE.equals(value.getValue())) {
            return value;
        }
        Optional<Boolean> enabled = text(context.restart("footnote.local.enabled")).map(Boolean::parseBoolean);
        return LocalPlay.on(enabled, text(context.restart("footnote.discord.token"))) ? value.withValue(LOOPBACK)
                : value;
    }

    private static Optional<String> text(ConfigValue value) {
        return Optional.ofNullable(value == null ? null : value.getValue()).filter(text -> !text.isBlank());
    }
}
