package app.footnote.game;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The servers this process acts for, across its adapters. Several processes share one database, each running some
 * Discord shards; each reveals and posts only for its own servers, and the one that next runs a shard picks up what
 * its servers missed.
 */
@ApplicationScoped
public class ThisProcess {

    private final List<ServedServers> adapters;

    @Inject
    ThisProcess(Instance<ServedServers> adapters) {
        this(adapters.stream().toList());
    }

    public ThisProcess(List<ServedServers> adapters) {
        this.adapters = List.copyOf(adapters);
    }

    /** Whether this process serves the server, of the chat its id says ({@link Origin#ofGuild}). */
    public boolean serves(String guildId) {
        return serves(Origin.ofGuild(guildId), guildId);
    }

    public boolean serves(Origin origin, String guildId) {
        return adapters.stream().anyMatch(adapter -> adapter.origin() == origin && adapter.serves(guildId));
    }
}
