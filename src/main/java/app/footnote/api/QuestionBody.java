package app.footnote.api;

import java.util.List;

import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;

/**
 * A question as a request body: the bank's fields; {@code id} is optional on create (made from the prompt) and must
 * match or be left out on update. Each source has {@code article} or {@code url}, and {@code quote}.
 */
public record QuestionBody(String id, String category, String difficulty, String prompt, String answer,
        List<String> wrong, String explanation, List<Source> sources) {

    public record Source(String article, String url, String quote) {
    }

    BankQuestion toBank() {
        return BankQuestion.of(id, category, difficulty, prompt, answer, wrong, explanation, sources == null ? null
                : sources.stream().map(s -> new BankSource(s.article(), s.url(), s.quote(), 0)).toList());
    }
}
