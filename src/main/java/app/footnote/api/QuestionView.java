package app.footnote.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.footnote.bank.BankQuestion;
import app.footnote.moderation.HistoryEntry;
import app.footnote.moderation.ServerQuestion;

/**
 * A question as the API returns it. Without the admin token, {@code answer}, {@code wrong}, {@code accept},
 * {@code explanation},
 * {@code sources} and {@code changes} are left out: they give the answer away.
 *
 * @param origin {@code server} for the server's own, {@code shared} for the bank every server plays
 * @param status {@code active}, {@code retired} (the server's own, out of play) or {@code off} (shared, switched off)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(String id, String origin, String status, String category, String difficulty,
        String prompt, String answer, List<String> wrong, List<String> accept, String explanation,
        List<QuestionBody.Source> sources,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, List<Change> changes) {

    public record Change(String action, String actor, Instant at) {
    }

    static QuestionView publicly(ServerQuestion found) {
        BankQuestion q = found.content();
        return new QuestionView(found.id(), found.origin(), found.status().label(), q.category(), q.difficulty(),
                q.prompt(), null, null, null, null, null, found.createdAt(), null, found.updatedAt(), null, null);
    }

    static QuestionView withAnswers(ServerQuestion found, List<HistoryEntry> changes) {
        BankQuestion q = found.content();
        return new QuestionView(found.id(), found.origin(), found.status().label(), q.category(), q.difficulty(),
                q.prompt(), q.answer(), q.wrong(), q.accept(), q.explanation(),
                q.sources().stream().map(s -> new QuestionBody.Source(s.article(), s.url(), s.quote())).toList(),
                found.createdAt(), found.createdBy(), found.updatedAt(), found.updatedBy(),
                changes.stream().map(c -> new Change(c.action().label(), c.actor(), c.changedAt())).toList());
    }
}
