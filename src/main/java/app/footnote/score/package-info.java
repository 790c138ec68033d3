/**
 * Scores: running totals per player for each server and globally, by week, month and all time, with streaks,
 * leaderboards and ranks. Totals change as rounds are revealed, so reading them never sums history and never tells
 * an answer early.
 */
package app.footnote.score;
