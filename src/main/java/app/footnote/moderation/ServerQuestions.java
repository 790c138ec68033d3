package app.footnote.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.Difficulty;
import app.footnote.bank.InvalidBankException;
import app.footnote.bank.Question;
import app.footnote.moderation.QuestionChange.Action;
import app.footnote.moderation.ServerQuestion.Status;

/**
 * The questions a server sees: the shared bank and its own. A server adds, edits, retires and restores its own;
 * shared questions it can only switch off and on again, since the bank files own them. Every change is logged.
 */
@ApplicationScoped
public class ServerQuestions {

    /** Which questions a listing shows; {@code null} fields do not filter. */
    public record Filter(String category, Difficulty difficulty, String origin, Status status, String text) {
    }

    public record Page(List<ServerQuestion> items, long total, int page, int size) {
    }

    private final Clock clock;
    private final QuestionRules rules;
    private final EntityManager em;

    public ServerQuestions(Clock clock, QuestionRules rules, EntityManager em) {
        this.clock = clock;
        this.rules = rules;
        this.em = em;
    }

    /** A question the server sees, and its status there. */
    private record Found(Question question, Status status) {
    }

    /** @throws QuestionNotFoundException when the server sees no question with this id */
    @Transactional
    public ServerQuestion find(String guildId, String id) {
        Found found = found(guildId, id);
        return ServerQuestion.of(found.question(), found.status());
    }

    /**
     * The question by its database key, as the server sees it. What holds a key (a report, a button) uses this, never
     * the id again: the server's own question may hide a shared one with the same id.
     *
     * @throws QuestionNotFoundException when the server sees no question with this key
     */
    @Transactional
    public ServerQuestion find(String guildId, long key) {
        Found found = found(guildId, key);
        return ServerQuestion.of(found.question(), found.status());
    }

    private Found found(String guildId, String id) {
        return visible(guildId, id).orElseThrow(() -> new QuestionNotFoundException(id));
    }

    private Found found(String guildId, long key) {
        Question question = Question.findById(key);
        if (question == null || !question.isShared() && !question.scope.equals(guildId)) {
            throw new QuestionNotFoundException(String.valueOf(key));
        }
        return new Found(question, status(question, question.isShared() ? switchedOff(guildId) : Set.of()));
    }

    @Transactional
    public Page list(String guildId, Filter filter, int page, int size) {
        Set<Long> off = switchedOff(guildId);
        StringBuilder where = new StringBuilder("where q.scope in (:guild, :shared)");
        if (filter.category() != null) {
            where.append(" and q.category = :category");
        }
        if (filter.difficulty() != null) {
            where.append(" and q.difficulty = :difficulty");
        }
        if (filter.origin() != null) {
            where.append(filter.origin().equals("shared") ? " and q.scope = :shared" : " and q.scope = :guild");
        }
        if (filter.text() != null) {
            where.append(" and lower(q.prompt) like :text");
        }
        if (filter.status() == Status.RETIRED) {
            where.append(" and q.retired = true");
        } else if (filter.status() == Status.OFF) {
            where.append(off.isEmpty() ? " and 1 = 0" : " and q.id in :off and q.retired = false");
        } else if (filter.status() == Status.ACTIVE) {
            where.append(" and q.retired = false").append(off.isEmpty() ? "" : " and q.id not in :off");
        }
        TypedQuery<Question> items = em.createQuery("select q from Question q " + where + " order by q.slug, q.id",
                Question.class);
        TypedQuery<Long> count = em.createQuery("select count(q) from Question q " + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            query.setParameter("guild", guildId).setParameter("shared", Question.SHARED);
            if (filter.category() != null) {
                query.setParameter("category", filter.category());
            }
            if (filter.difficulty() != null) {
                query.setParameter("difficulty", filter.difficulty());
            }
            if (filter.text() != null) {
                query.setParameter("text", "%" + filter.text().toLowerCase(Locale.ROOT) + "%");
            }
            if ((filter.status() == Status.OFF || filter.status() == Status.ACTIVE) && !off.isEmpty()) {
                query.setParameter("off", off);
            }
        }
        long total = count.getSingleResult();
        // A page past the end is empty, however far past (page × size can overflow an int).
        long first = (long) page * size;
        List<ServerQuestion> found = first >= total ? List.of() : items.setFirstResult((int) first)
                .setMaxResults(size).getResultList().stream().map(q -> ServerQuestion.of(q, status(q, off))).toList();
        return new Page(found, total, page, size);
    }

    /**
     * Adds a question of the server's own; without an id, one is made from the prompt.
     *
     * @throws InvalidBankException naming each field that breaks the bank's rules
     * @throws QuestionConflictException when the id is taken
     */
    @Transactional
    public ServerQuestion add(String guildId, BankQuestion content, Actor actor) {
        BankQuestion question = content.id() == null || content.id().isBlank()
                ? content.withId(rules.newId(guildId, content.prompt() == null ? "" : content.prompt()))
                : content;
        rules.check(guildId, question);
        if (rules.taken(guildId, question.id())) {
            throw new QuestionConflictException("The id '" + question.id() + "' is already used on this server or in"
                    + " the shared bank; choose another.");
        }
        Instant now = clock.instant();
        Question created = new Question();
        created.scope = guildId;
        created.slug = question.id();
        created.setContent(question);
        created.createdAt = now;
        created.createdBy = actor.id();
        created.updatedAt = now;
        created.updatedBy = actor.id();
        created.persistAndFlush();
        QuestionChange.record(guildId, created.id, Action.ADDED, actor, now);
        return ServerQuestion.of(created, Status.ACTIVE);
    }

    /**
     * Replaces the content of one of the server's own questions; its id stays.
     *
     * @throws QuestionConflictException for a shared question
     */
    @Transactional
    public ServerQuestion edit(String guildId, String id, BankQuestion content, Actor actor) {
        Question question = own(guildId, id, "edited");
        if (content.id() != null && !content.id().equals(id)) {
            throw new InvalidBankException("the question", List.of(new BankProblem(content.file(),
                    content.lineOf("id"), content.id(), "id", "cannot change: ids are stable; it must be '" + id
                            + "' or left out")));
        }
        BankQuestion changed = content.withId(id);
        rules.check(guildId, changed);
        if (!question.hasContent(changed) || question.retired) {
            question.setContent(changed);
            touch(question, Action.EDITED, actor);
            QuestionReport.closeOnChange(question, QuestionReport.Decision.EDITED, actor, question.updatedAt);
        }
        return ServerQuestion.of(question, Status.ACTIVE);
    }

    /** Takes a question out of this server's rounds: its own is retired, a shared one switched off. */
    @Transactional
    public ServerQuestion retire(String guildId, String id, Actor actor) {
        return retire(guildId, found(guildId, id), actor);
    }

    /** {@link #retire(String, String, Actor)} of the question by its database key. */
    @Transactional
    public ServerQuestion retire(String guildId, long key, Actor actor) {
        return retire(guildId, found(guildId, key), actor);
    }

    private ServerQuestion retire(String guildId, Found found, Actor actor) {
        Question question = found.question();
        if (found.status() != Status.ACTIVE) {
            return ServerQuestion.of(question, found.status());
        }
        // However it leaves play, its reports are decided: nobody will be asked it here any more.
        QuestionReport.decide(guildId, question.id, QuestionReport.Decision.RETIRED, actor, clock.instant());
        if (question.isShared()) {
            QuestionSwitchedOff off = new QuestionSwitchedOff();
            off.guildId = guildId;
            off.questionId = question.id;
            off.changedBy = actor.id();
            off.changedAt = clock.instant();
            off.persist();
            QuestionChange.record(guildId, question.id, Action.SWITCHED_OFF, actor, clock.instant());
            return ServerQuestion.of(question, Status.OFF);
        }
        question.retired = true;
        touch(question, Action.RETIRED, actor);
        return ServerQuestion.of(question, Status.RETIRED);
    }

    /** Puts a retired or switched-off question back into this server's rounds. */
    @Transactional
    public ServerQuestion restore(String guildId, String id, Actor actor) {
        Found found = found(guildId, id);
        Question question = found.question();
        if (found.status() == Status.OFF) {
            QuestionSwitchedOff.deleteById(new QuestionSwitchedOff.Key(guildId, question.id));
            QuestionChange.record(guildId, question.id, Action.SWITCHED_ON, actor, clock.instant());
        } else if (found.status() == Status.RETIRED) {
            if (question.isShared()) {
                throw new QuestionConflictException("'" + id + "' was retired from the shared bank's files; only"
                        + " the files can bring it back.");
            }
            question.retired = false;
            touch(question, Action.RESTORED, actor);
        }
        return ServerQuestion.of(question, Status.ACTIVE);
    }

    /** The changes this server made to a question, oldest first. */
    @Transactional
    public List<HistoryEntry> history(String guildId, ServerQuestion question) {
        return QuestionChange.<QuestionChange>list("guildId = ?1 and questionId = ?2 order by changedAt, id", guildId,
                question.key()).stream().map(HistoryEntry::of).toList();
    }

    /** The ids of the server's questions that match what was typed, its own first, for autocomplete. */
    @Transactional
    public List<String> idsMatching(String guildId, String typed, int limit) {
        return em.createQuery("select q.slug from Question q where q.scope in (:guild, :shared)"
                + " and (lower(q.slug) like :typed or lower(q.prompt) like :typed)"
                + " order by case when q.scope = :shared then 1 else 0 end, q.slug",
                String.class).setParameter("guild", guildId).setParameter("shared", Question.SHARED)
                .setParameter("typed", "%" + typed.toLowerCase(Locale.ROOT) + "%").setMaxResults(limit)
                .getResultList();
    }

    private Optional<Found> visible(String guildId, String id) {
        // A server's own question hides a shared one that later took the same id.
        Optional<Question> question = Question.<Question>find("scope = ?1 and slug = ?2", guildId, id)
                .firstResultOptional().or(() -> Optional.ofNullable(Question.findBySlug(id)));
        Set<Long> off = question.filter(Question::isShared).isPresent() ? switchedOff(guildId) : Set.of();
        return question.map(q -> new Found(q, status(q, off)));
    }

    /** @throws QuestionConflictException for a shared question, which only the bank files can change */
    Question own(String guildId, String id, String what) {
        Found found = found(guildId, id);
        if (found.question().isShared()) {
            throw new QuestionConflictException("'" + id + "' is a shared question: it can only be " + what
                    + " in the bank's files. Retire it to switch it off on this server.");
        }
        return found.question();
    }

    private void touch(Question question, Action action, Actor actor) {
        question.updatedAt = clock.instant();
        question.updatedBy = actor.id();
        QuestionChange.record(question.scope, question.id, action, actor, question.updatedAt);
    }

    private Set<Long> switchedOff(String guildId) {
        return new HashSet<>(em.createQuery("select o.questionId from QuestionSwitchedOff o where o.guildId = :guild",
                Long.class).setParameter("guild", guildId).getResultList());
    }

    private static Status status(Question question, Set<Long> off) {
        if (question.retired) {
            return Status.RETIRED;
        }
        return off.contains(question.id) ? Status.OFF : Status.ACTIVE;
    }
}
