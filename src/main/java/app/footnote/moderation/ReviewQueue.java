package app.footnote.moderation;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.bank.BankQuestion;
import app.footnote.moderation.QuestionDraft.Kind;
import app.footnote.moderation.QuestionDraft.Status;

/** Members' suggestions waiting for a moderator, oldest first; approving one makes it a question of the server. */
@ApplicationScoped
public class ReviewQueue {

    /** The suggestion to review now, and how many wait in all (this one included). */
    public record Next(Draft draft, BankQuestion question, long waiting) {
    }

    /** The approved suggestion, and the question it became. */
    public record Approved(Draft draft, ServerQuestion question) {
    }

    private final Clock clock;
    private final ServerQuestions serverQuestions;

    public ReviewQueue(Clock clock, ServerQuestions serverQuestions) {
        this.clock = clock;
        this.serverQuestions = serverQuestions;
    }

    /** How many suggestions and generated questions wait for review. */
    @Transactional
    public long waiting(String guildId) {
        return QuestionDraft.waiting(guildId);
    }

    @Transactional
    public Optional<Next> next(String guildId) {
        long waiting = QuestionDraft.waiting(guildId);
        return QuestionDraft.<QuestionDraft>find("guildId = ?1 and status = ?2 order by createdAt, id", guildId,
                Status.QUEUED).firstResultOptional()
                .map(draft -> new Next(Draft.of(draft), Drafts.questionOf(draft), waiting));
    }

    /**
     * @throws QuestionConflictException when another moderator reviewed it first
     * @throws app.footnote.bank.InvalidBankException when the bank changed since and the suggestion no longer passes
     */
    @Transactional
    public Approved approve(long draftId, String guildId, Actor moderator) {
        QuestionDraft draft = queued(draftId, guildId);
        close(draft, Status.ACCEPTED, moderator);
        ServerQuestion question = serverQuestions.add(guildId, Drafts.questionOf(draft), moderator);
        QuestionChange.record(guildId, question.key(), QuestionChange.Action.APPROVED, moderator, clock.instant());
        draft.questionId = question.key();
        return new Approved(Draft.of(draft), question);
    }

    @Transactional
    public Draft reject(long draftId, String guildId, Actor moderator) {
        QuestionDraft draft = queued(draftId, guildId);
        close(draft, Status.DROPPED, moderator);
        return Draft.of(draft);
    }

    /** Closes the suggestion unless another moderator just did: the database decides who was first. */
    private void close(QuestionDraft draft, Status status, Actor moderator) {
        int won = QuestionDraft.update("status = ?1, reviewedBy = ?2, reviewedAt = ?3 where id = ?4 and status = ?5",
                status, moderator.id(), clock.instant(), draft.id, Status.QUEUED);
        if (won == 0) {
            throw new QuestionConflictException("Another moderator reviewed this suggestion first.");
        }
        QuestionDraft.getEntityManager().refresh(draft);
    }

    private static QuestionDraft queued(long draftId, String guildId) {
        QuestionDraft draft = QuestionDraft.findById(draftId);
        if (draft == null || !draft.guildId.equals(guildId)
                || draft.kind != Kind.SUGGESTION && draft.kind != Kind.GENERATED) {
            throw new QuestionConflictException("No such suggestion on this server.");
        }
        if (draft.status != Status.QUEUED) {
            throw new QuestionConflictException("This suggestion was already " + (draft.status == Status.ACCEPTED
                    ? "approved" : "rejected") + ".");
        }
        return draft;
    }
}
