/**
 * The daily question: each server's schedule (a channel, a local time in its own time zone), the job that posts one
 * question a day exactly once, and daily streaks. Posted questions are rounds of the game that stay open for hours.
 */
package app.footnote.daily;
