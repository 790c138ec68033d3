/**
 * The benchmark behind the README's figures: answers recorded concurrently through the game services, compared with
 * raw JDBC inserts, and leaderboard reads over a large table. Run it on a scratch database, never the bot's own.
 */
package app.footnote.benchmark;
