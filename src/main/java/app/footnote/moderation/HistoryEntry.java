package app.footnote.moderation;

import java.time.Instant;

import app.footnote.moderation.QuestionChange.Action;

/** One change a server made to a question: what, by whom (an {@link Actor} id), when. */
public record HistoryEntry(Action action, String actor, Instant changedAt) {

    static HistoryEntry of(QuestionChange change) {
        return new HistoryEntry(change.action, change.actor, change.changedAt);
    }
}
