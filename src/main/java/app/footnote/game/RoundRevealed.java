package app.footnote.game;

/** Fired once per round, after its reveal is committed, for the chat adapters to post. */
public record RoundRevealed(Reveal reveal) {
}
