package app.footnote.bank;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Brings the database in step with a bank, all or nothing: new questions are inserted, changed ones updated in place
 * (their database identity, and so every round that asked them, is kept), and questions gone from the files are
 * retired, never deleted; drafts are not imported. Importing the same bank twice changes nothing.
 */
@ApplicationScoped
public class ImportBank {

    private final Clock clock;
    private final BankValidator validator = new BankValidator();

    public ImportBank(Clock clock) {
        this.clock = clock;
    }

    /** @throws InvalidBankException listing every problem, before anything is written */
    @Transactional
    public ImportResult importBank(String what, Bank bank) {
        List<BankProblem> problems = validator.validate(bank);
        if (!problems.isEmpty()) {
            throw new InvalidBankException(what, problems);
        }
        bank.articles().forEach(Article::save);
        Map<String, Question> existing = new HashMap<>();
        // Servers' own questions are theirs: the files neither update nor retire them.
        Question.<Question>list("scope", Question.SHARED).forEach(q -> existing.put(q.slug, q));
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        // A draft is checked with the rest but not played until a person removes its mark.
        for (BankQuestion file : bank.questions().stream().filter(q -> !q.draft()).toList()) {
            Question question = existing.remove(file.id());
            if (question == null) {
                question = new Question();
                question.slug = file.id();
                question.createdAt = clock.instant();
                copy(file, question);
                question.persist();
                inserted++;
            } else if (differs(file, question)) {
                copy(file, question);
                updated++;
            } else {
                unchanged++;
            }
        }
        int retired = 0;
        for (Question gone : existing.values()) {
            if (!gone.retired) {
                gone.retired = true;
                gone.updatedAt = clock.instant();
                retired++;
            }
        }
        return new ImportResult(inserted, updated, retired, unchanged, 0, 0);
    }

    private void copy(BankQuestion file, Question question) {
        question.setContent(file);
        question.updatedAt = clock.instant();
    }

    private static boolean differs(BankQuestion file, Question question) {
        return question.retired || !question.hasContent(file);
    }
}
