package app.footnote.moderation;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.bank.Question;
import app.footnote.db.UniqueViolation;
import app.footnote.game.DescribeRound;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A player's report of the question a revealed round asked, as it still is: one open report per player per question
 * on a server (a database constraint). Once {@link ModerationConfig#reportsToPause()} different players' reports are open, the question is out
 * of play on that server (a shared one there only) until a moderator decides ({@link Reports}).
 */
@ApplicationScoped
public class ReportQuestion {

    private final Clock clock;
    private final DescribeRound describeRound;
    private final ModerationConfig config;

    public ReportQuestion(Clock clock, DescribeRound describeRound, ModerationConfig config) {
        this.clock = clock;
        this.describeRound = describeRound;
        this.config = config;
    }

    /** Why this player cannot report the round's question, checked before they fill in the form; empty if they can. */
    @Transactional
    public Optional<ReportOutcome> refusal(String guildId, long roundId, String userId) {
        Optional<DescribeRound.AskedIn> asked = describeRound.askedIn(guildId, roundId);
        if (asked.isEmpty()) {
            return Optional.of(new ReportOutcome.NoSuchRound());
        }
        if (!asked.get().revealed()) {
            return Optional.of(new ReportOutcome.NotYetRevealed());
        }
        long questionId = asked.get().questionId();
        Question question = Question.findById(questionId);
        if (question.retired
                || QuestionSwitchedOff.findById(new QuestionSwitchedOff.Key(guildId, questionId)) != null) {
            return Optional.of(new ReportOutcome.QuestionRetired());
        }
        if (!asked.get().askedAsNow()) {
            return Optional.of(new ReportOutcome.EditedSince());
        }
        if (QuestionReport.count("guildId = ?1 and questionId = ?2 and openUserId = ?3", guildId, questionId,
                userId) > 0) {
            return Optional.of(new ReportOutcome.AlreadyReported());
        }
        // Decided reports no longer hold the key: a later round may be reported again, not this one.
        if (QuestionReport.count("guildId = ?1 and roundId = ?2 and userId = ?3", guildId, roundId, userId) > 0) {
            return Optional.of(new ReportOutcome.AlreadyDecided());
        }
        return Optional.empty();
    }

    /** @param note the player's words, kept as typed; blank for none */
    public ReportOutcome report(String guildId, long roundId, String userId, String displayName, String reason,
            String note) {
        Optional<ReportReason> why = ReportReason.fromLabel(reason);
        if (why.isEmpty()) {
            return new ReportOutcome.InvalidReason(reason == null ? "" : reason.strip(), ReportReason.labels());
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > QuestionReport.MAX_NOTE) {
            return new ReportOutcome.NoteTooLong(kept.length(), QuestionReport.MAX_NOTE);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> record(guildId, roundId, userId, displayName,
                    why.get(), kept));
        } catch (RuntimeException e) {
            // The same player's second submission, a moment after the first: the constraint keeps one.
            if (UniqueViolation.isCause(e)) {
                return new ReportOutcome.AlreadyReported();
            }
            throw e;
        }
    }

    private ReportOutcome record(String guildId, long roundId, String userId, String displayName,
            ReportReason reason, String note) {
        Optional<ReportOutcome> refused = refusal(guildId, roundId, userId);
        if (refused.isPresent()) {
            return refused.get();
        }
        long questionId = describeRound.askedIn(guildId, roundId).orElseThrow().questionId();
        QuestionReport report = new QuestionReport();
        report.guildId = guildId;
        report.questionId = questionId;
        report.roundId = roundId;
        report.userId = userId;
        report.openUserId = userId;
        report.displayName = displayName;
        report.reason = reason;
        report.note = note;
        report.reportedAt = clock.instant();
        report.persistAndFlush();
        long open = QuestionReport.open(guildId, questionId);
        Question question = Question.findById(questionId);
        return new ReportOutcome.Recorded(question.slug, open, open >= config.reportsToPause());
    }
}
