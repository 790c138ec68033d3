package app.footnote.moderation;

import java.util.List;

/** What reporting a round's question did; every outcome is told to the player alone, and only Recorded stored. */
public sealed interface ReportOutcome {

    /**
     * @param openReports the question's open reports on this server, this one included
     * @param paused whether the question is now out of play here until a moderator decides
     */
    record Recorded(String questionId, long openReports, boolean paused) implements ReportOutcome {
    }

    record AlreadyReported() implements ReportOutcome {
    }

    /** The question was retired (or switched off on this server) since the round: there is nothing to report. */
    record QuestionRetired() implements ReportOutcome {
    }

    /** The question was edited since the round: the report would judge what it no longer says. */
    record EditedSince() implements ReportOutcome {
    }

    /** The player's report from this round was already decided by the moderators. */
    record AlreadyDecided() implements ReportOutcome {
    }

    record NoSuchRound() implements ReportOutcome {
    }

    /** A question can be reported once its round is revealed, with its answer and source to judge by. */
    record NotYetRevealed() implements ReportOutcome {
    }

    record InvalidReason(String given, List<String> allowed) implements ReportOutcome {
    }

    record NoteTooLong(int length, int max) implements ReportOutcome {
    }
}
