package app.footnote.api;

import java.util.List;

import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;

/**
 * A question as a request body: the bank's fields; {@code id} is optional on create (made from the prompt) and must
 * match or be left out on update. Each source has {@code article} or {@code url}, and {@code quote}. As in the bank's
 * files, {@code draft: true} sends a new question to the review queue instead of into play, and {@code accept}
 * (optional) lists other typed answers that are right.
 */
public record QuestionBody(String id, Boolean draft, String category, String difficulty, String prompt,
        String answer, List<String> wrong, List<String> accept, String explanation, List<Source> sources) {

    public record Source(String article, String url, String quote) {
    }

    boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    BankQuestion toBank() {
        // A null source is left for the bank's rules to name, as a null wrong choice is.
        return BankQuestion.of(id, category, difficulty, prompt, answer, wrong, explanation, sources == null ? null
                : sources.stream().map(s -> s == null ? null : new BankSource(s.article(), s.url(), s.quote(), 0))
                        .toList())
                .withAccept(accept).asDraft(isDraft());
    }
}
