package app.footnote.game;

/** The chat a round or a daily schedule comes from, kept with it: the adapter that serves it acts on it. */
public enum Origin {

    DISCORD, LOCAL;

    /** The one server of local play; every other server is a Discord server, named by its id. */
    public static final String LOCAL_GUILD = "local";

    /** The chat a server is of, by its id. */
    public static Origin ofGuild(String guildId) {
        return LOCAL_GUILD.equals(guildId) ? LOCAL : DISCORD;
    }
}
