/**
 * The game: starting a round in a channel, recording one answer per player, and revealing the right answer with its
 * footnote when the round closes; games of several rounds back to back, and their final standings. Services take
 * plain values and return records, so every chat adapter shares them.
 */
package app.footnote.game;
