/**
 * Scores: running totals per player for each server and globally, by week, month and all time, with streaks,
 * leaderboards and ranks. Totals change as answers land, so reading them never sums history.
 */
package app.footnote.score;
