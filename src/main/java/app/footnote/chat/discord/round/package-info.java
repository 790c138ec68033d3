/**
 * Rounds in Discord: {@code /trivia} and {@code /trivia-stop}, the answer buttons, the question, reveal and final
 * standings messages, and which message shows which round. Everything a player sees of one round is built here.
 */
package app.footnote.chat.discord.round;
