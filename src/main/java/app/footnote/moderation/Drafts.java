package app.footnote.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankReader;
import app.footnote.bank.BankWriter;
import app.footnote.bank.Question;
import app.footnote.bank.TextMatch;
import app.footnote.moderation.QuestionDraft.Kind;
import app.footnote.moderation.QuestionDraft.Status;

/**
 * Questions typed into a form before they count: a moderator's add or edit, kept until confirmed, and a member's
 * suggestion, queued for review once valid. Invalid ones are kept too, so the author can fix what they typed.
 */
@ApplicationScoped
public class Drafts {

    /** The id a draft is checked under until it gets its own, when it is saved. */
    private static final String DRAFT_ID = "draft";

    private final Clock clock;
    private final QuestionRules rules;
    private final ServerQuestions serverQuestions;
    private final ModerationConfig config;

    public Drafts(Clock clock, QuestionRules rules, ServerQuestions serverQuestions, ModerationConfig config) {
        this.clock = clock;
        this.rules = rules;
        this.serverQuestions = serverQuestions;
        this.config = config;
    }

    /**
     * A moderator's new question, or a member's suggestion, as typed.
     *
     * @throws SuggestionRefusedException when a member has suggested too much lately, or the queue is full
     */
    @Transactional
    public DraftOutcome open(Kind kind, String guildId, String channelId, String authorId, String authorName,
            BankQuestion question) {
        if (kind == Kind.SUGGESTION) {
            checkSuggestionAllowed(guildId, authorId);
        }
        return fill(draft(kind, guildId, channelId, authorId, authorName), question);
    }

    /**
     * A draft of one of the server's own questions as it stands, to change it.
     *
     * @param category the new category, or {@code null} to keep it
     * @param difficulty the new difficulty, or {@code null} to keep it
     * @throws QuestionNotFoundException or {@link QuestionConflictException} when it is not the server's own
     */
    @Transactional
    public DraftOutcome openEdit(String guildId, String channelId, String authorId, String authorName, String id,
            String category, String difficulty) {
        Question edited = serverQuestions.own(guildId, id, "edited");
        QuestionDraft draft = draft(Kind.EDIT, guildId, channelId, authorId, authorName);
        draft.questionId = edited.id;
        BankQuestion current = edited.toBank();
        return fill(draft, BankQuestion.of(null, category == null ? current.category() : category,
                difficulty == null ? current.difficulty() : difficulty, current.prompt(), current.answer(),
                current.wrong(), current.explanation(), current.sources()).withAccept(current.accept()));
    }

    /** Replaces what the draft says with what its author typed again; category and difficulty stay. */
    @Transactional
    public DraftOutcome fix(long draftId, String guildId, String authorId, QuestionForm form) {
        QuestionDraft draft = mine(draftId, guildId, authorId);
        BankQuestion before = questionOf(draft);
        BankQuestion typed = form.toQuestion(before.category(), before.difficulty());
        // The form has no field for accepted answers: they stay while the answer they go with stays.
        return fill(draft, typed.answer() != null && before.answer() != null
                && TextMatch.sameChoice(typed.answer(), before.answer()) ? typed.withAccept(before.accept()) : typed);
    }

    @Transactional
    public DraftOutcome show(long draftId, String guildId, String authorId) {
        QuestionDraft draft = mine(draftId, guildId, authorId);
        BankQuestion question = questionOf(draft);
        return new DraftOutcome(Draft.of(draft), question, problems(draft, question));
    }

    /** Saves a moderator's valid add or edit as a question. */
    @Transactional
    public ServerQuestion confirm(long draftId, String guildId, String authorId, Actor actor) {
        QuestionDraft draft = mine(draftId, guildId, authorId);
        if (draft.kind == Kind.SUGGESTION) {
            throw new QuestionConflictException("A suggestion is saved by a moderator's approval.");
        }
        BankQuestion question = questionOf(draft);
        ServerQuestion saved = draft.kind == Kind.EDIT
                ? serverQuestions.edit(guildId, editedSlug(draft), question, actor)
                : serverQuestions.add(guildId, question, actor);
        draft.status = Status.ACCEPTED;
        draft.questionId = saved.key();
        draft.reviewedBy = actor.id();
        draft.reviewedAt = clock.instant();
        return saved;
    }

    @Transactional
    public void discard(long draftId, String guildId, String authorId) {
        QuestionDraft draft = mine(draftId, guildId, authorId);
        draft.status = Status.DROPPED;
        draft.reviewedAt = clock.instant();
    }

    private QuestionDraft draft(Kind kind, String guildId, String channelId, String authorId, String authorName) {
        QuestionDraft draft = new QuestionDraft();
        draft.kind = kind;
        draft.guildId = guildId;
        draft.channelId = channelId;
        draft.authorId = authorId;
        draft.authorName = authorName;
        draft.createdAt = clock.instant();
        return draft;
    }

    /** The question a draft holds, read back from its YAML; without an id until it is saved. */
    static BankQuestion questionOf(QuestionDraft draft) {
        List<BankProblem> ignored = new ArrayList<>();
        return new BankReader().readQuestions("draft " + draft.id, draft.yaml, ignored).get(0);
    }

    private DraftOutcome fill(QuestionDraft draft, BankQuestion question) {
        BankQuestion content = question.withId(null);
        draft.yaml = new BankWriter().write(List.of(content));
        List<BankProblem> problems = problems(draft, content);
        draft.status = draft.kind == Kind.SUGGESTION && problems.isEmpty() ? Status.QUEUED : Status.OPEN;
        draft.persistAndFlush();
        return new DraftOutcome(Draft.of(draft), content, problems);
    }

    private List<BankProblem> problems(QuestionDraft draft, BankQuestion question) {
        String id = draft.kind == Kind.EDIT ? editedSlug(draft) : DRAFT_ID;
        return rules.problems(draft.guildId, List.of(question.withId(id)), List.of());
    }

    /** @throws SuggestionRefusedException when the member has suggested too much lately, or the queue is full */
    @Transactional
    public void checkSuggestionAllowed(String guildId, String authorId) {
        long lastHour = QuestionDraft.count("guildId = ?1 and authorId = ?2 and kind = ?3 and createdAt > ?4", guildId,
                authorId, Kind.SUGGESTION, clock.instant().minus(Duration.ofHours(1)));
        if (lastHour >= config.suggestionsPerHour()) {
            throw new SuggestionRefusedException("You have made " + lastHour + " suggestions in the last hour, the"
                    + " most this server takes. Please try again later.");
        }
        if (QuestionDraft.waiting(guildId) >= config.maxQueued()) {
            throw new SuggestionRefusedException("This server's moderators have " + config.maxQueued()
                    + " suggestions to review already. Please try again once they have caught up.");
        }
    }

    /** A draft of this server that its author may still change. */
    private static QuestionDraft mine(long draftId, String guildId, String authorId) {
        QuestionDraft draft = QuestionDraft.findById(draftId);
        if (draft == null || !draft.guildId.equals(guildId) || !draft.authorId.equals(authorId)) {
            throw new QuestionConflictException("This draft is not yours, or no longer exists.");
        }
        if (draft.status != Status.OPEN) {
            throw new QuestionConflictException("This draft was already " + (draft.status == Status.ACCEPTED
                    ? "saved" : draft.status == Status.DROPPED ? "discarded" : "sent for review") + ".");
        }
        return draft;
    }

    private static String editedSlug(QuestionDraft draft) {
        return Question.<Question>findById(draft.questionId).slug;
    }
}
