package app.footnote.moderation;

import java.util.List;

import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;

/** A draft as stored, its question, and what keeps it from being saved (nothing, when valid). */
public record DraftOutcome(Draft draft, BankQuestion question, List<BankProblem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
