/**
 * Scores in Discord: {@code /leaderboard} and {@code /stats}. They only read the score service's records and word
 * them as embeds.
 */
package app.footnote.chat.discord.scores;
