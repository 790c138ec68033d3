package app.footnote.daily;

import java.time.LocalDate;

import app.footnote.game.RoundView;

/** Fired once a server's daily question is committed, for the chat adapters to post it. */
public record DailyPosted(RoundView round, LocalDate date) {
}
