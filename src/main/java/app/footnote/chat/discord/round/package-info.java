/**
 * Rounds in Discord: {@code /trivia}, the answer buttons, the question and reveal messages, and which message shows
 * which round. Everything a player sees of one round is built here.
 */
package app.footnote.chat.discord.round;
