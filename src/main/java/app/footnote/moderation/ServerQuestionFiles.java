package app.footnote.moderation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankReader;
import app.footnote.bank.BankWriter;
import app.footnote.bank.ImportResult;
import app.footnote.bank.InvalidBankException;
import app.footnote.bank.Question;
import app.footnote.moderation.QuestionChange.Action;

/** A server's own questions in and out of the bank's file format: import all or nothing, export all. */
@ApplicationScoped
public class ServerQuestionFiles {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_QUESTIONS = 500;

    private final Clock clock;
    private final QuestionRules rules;
    private final GeneratedDrafts generatedDrafts;
    private final ModerationConfig config;

    public ServerQuestionFiles(Clock clock, QuestionRules rules, GeneratedDrafts generatedDrafts,
            ModerationConfig config) {
        this.clock = clock;
        this.rules = rules;
        this.generatedDrafts = generatedDrafts;
        this.config = config;
    }

    /**
     * Adds the file's new questions to the server's own and updates those whose id it already has; drafts
     * ({@code draft: true}, as {@code generate} writes them) go to the review queue instead, as far as it has room,
     * leaving out those it or the server has already. Nothing is written unless every question is valid.
     *
     * @param name what problems call the file, e.g. the attachment's name
     * @throws TooLargeException over {@value #MAX_BYTES} bytes or {@value #MAX_QUESTIONS} questions
     * @throws InvalidBankException listing every problem by question id, field and line
     */
    @Transactional
    public ImportResult importYaml(String guildId, String name, byte[] content, Actor actor) {
        checkSize(name, content.length);
        List<BankProblem> readProblems = new ArrayList<>();
        List<BankQuestion> questions = new BankReader().readQuestions(name, utf8(name, content, readProblems),
                readProblems);
        if (questions.size() > MAX_QUESTIONS) {
            throw new TooLargeException(name + " has " + questions.size() + " questions; an import is at most "
                    + MAX_QUESTIONS + ". Nothing was imported.");
        }
        return importQuestions(guildId, name, questions, readProblems, actor);
    }

    /**
     * Sends one new question to the review queue, as an import does with a draft.
     *
     * @return how many of the server's questions wait for review now, this one included
     * @throws InvalidBankException naming each field that breaks the bank's rules
     * @throws QuestionConflictException when the server or its queue has the question already, or the queue is full
     */
    @Transactional
    public long propose(String guildId, BankQuestion question, Actor actor) {
        // Checked under an id of its own, as a file's draft is; it gets its lasting id when approved.
        BankQuestion draft = (question.id() == null || question.id().isBlank()
                ? question.withId(rules.newId(guildId, question.prompt() == null ? "" : question.prompt()))
                : question).asDraft(true);
        ImportResult result = importQuestions(guildId, "the question", List.of(draft), List.of(), actor);
        if (result.overLimit() > 0) {
            throw new QuestionConflictException("The review queue is full (" + config.maxQueued() + " waiting):"
                    + " review what waits, then send the question again.");
        }
        if (result.queued() == 0) {
            throw new QuestionConflictException("The server asks this prompt already, or a question waiting for"
                    + " review does: nothing was queued.");
        }
        return QuestionDraft.waiting(guildId);
    }

    private ImportResult importQuestions(String guildId, String name, List<BankQuestion> questions,
            List<BankProblem> readProblems, Actor actor) {
        Map<String, Question> own = new HashMap<>();
        Question.<Question>list("scope", guildId).forEach(q -> own.put(q.slug, q));
        Set<String> shared = new HashSet<>(Question.getEntityManager().createQuery(
                "select q.slug from Question q where q.scope = :shared", String.class)
                .setParameter("shared", Question.SHARED).getResultList());
        List<BankProblem> problems = new ArrayList<>(rules.problems(guildId, questions, readProblems));
        for (BankQuestion question : questions) {
            // A draft gets an id of its own when it is approved: its id here takes nothing.
            if (!question.draft() && shared.contains(question.id()) && !own.containsKey(question.id())) {
                problems.add(new BankProblem(name, question.lineOf("id"), question.id(), "id",
                        "is a shared question's id; give this question another"));
            }
            if (question.draft()) {
                GeneratedDrafts.tooLong(question).ifPresent(message -> problems.add(new BankProblem(name,
                        question.line(), question.id(), BankReader.DRAFT_FIELD, message)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidBankException(name, problems);
        }
        Instant now = clock.instant();
        int inserted = 0;
        int updated = 0;
        List<BankQuestion> drafts = questions.stream().filter(BankQuestion::draft).toList();
        GeneratedDrafts.Queued queued = generatedDrafts.queue(guildId, actor, "a draft file imported by "
                + actor.id(), drafts);
        for (BankQuestion file : questions.stream().filter(q -> !q.draft()).toList()) {
            Question question = own.get(file.id());
            if (question == null) {
                question = new Question();
                question.scope = guildId;
                question.slug = file.id();
                question.createdAt = now;
                question.createdBy = actor.id();
                inserted++;
            } else if (question.hasContent(file) && !question.retired) {
                continue;
            } else {
                updated++;
            }
            question.setContent(file);
            question.updatedAt = now;
            question.updatedBy = actor.id();
            question.persistAndFlush();
            QuestionChange.record(guildId, question.id, Action.IMPORTED, actor, now);
            QuestionReport.closeOnChange(question, QuestionReport.Decision.EDITED, actor, now);
        }
        int unchanged = questions.size() - drafts.size() - inserted - updated;
        return new ImportResult(inserted, updated, 0, unchanged + queued.alreadyAsked(), queued.queued(),
                queued.overLimit());
    }

    /** Lets a chat adapter refuse an upload by its announced size, before downloading it. */
    public static void checkSize(String name, long bytes) {
        if (bytes > MAX_BYTES) {
            throw new TooLargeException(name + " is " + bytes + " bytes; an import is at most " + MAX_BYTES
                    + " bytes (1 MB). Nothing was imported.");
        }
    }

    /** The server's own questions in play, in the bank's format, ready to import here or elsewhere. */
    @Transactional
    public String exportYaml(String guildId) {
        List<BankQuestion> questions = Question.<Question>list("scope = ?1 and retired = false order by slug", guildId)
                .stream().map(Question::toBank).toList();
        return new BankWriter().write(questions);
    }

    private static String utf8(String name, byte[] content, List<BankProblem> problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new BankProblem(name, 1, null, null, "is not UTF-8 text"));
            return "";
        }
    }
}
