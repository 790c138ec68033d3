package app.footnote.bank;

import java.util.List;

/**
 * Everything read from a bank directory, with the problems met while reading (syntax, unknown fields, missing files).
 * {@link BankValidator} adds the contract's rules on top.
 */
public record Bank(List<BankArticle> articles, List<BankQuestion> questions, List<BankProblem> readProblems) {
}
