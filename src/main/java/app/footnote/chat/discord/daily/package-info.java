/**
 * The daily question in Discord: {@code /trivia-admin daily} to schedule it, and posting it when the daily job opens
 * its round. The schedule's rules live in {@code app.footnote.daily}.
 */
package app.footnote.chat.discord.daily;
