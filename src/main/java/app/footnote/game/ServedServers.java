package app.footnote.game;

/**
 * What one chat adapter serves in this process: a Discord process its shards' servers, local play its one server when
 * it is on. Rounds and daily posts of servers no adapter here serves are left to the process that does.
 */
public interface ServedServers {

    Origin origin();

    boolean serves(String guildId);
}
