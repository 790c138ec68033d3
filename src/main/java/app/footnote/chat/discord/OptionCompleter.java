package app.footnote.chat.discord;

import java.util.List;

import org.javacord.api.interaction.SlashCommandOptionChoice;

/** Suggestions for one option name, whichever command it belongs to (every command's {@code category}, say). */
public interface OptionCompleter {

    /** The name of the option this completes. */
    String option();

    /** Runs on a worker thread: at most Discord's 25 choices for what the user has typed so far. */
    List<SlashCommandOptionChoice> choices(String guildId, String typed);
}
