package app.footnote.game;

/** The chat a round or a daily schedule comes from, kept with it: the adapter that serves it acts on it. */
public enum Origin {
    DISCORD, LOCAL
}
