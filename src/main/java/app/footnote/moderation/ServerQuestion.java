package app.footnote.moderation;

import java.time.Instant;
import java.util.Locale;

import app.footnote.bank.BankQuestion;
import app.footnote.bank.Question;

/**
 * A question as one server sees it: its own or shared, and whether it is in play there.
 *
 * @param key the database's key of the question, for what refers to it (its history)
 * @param content the question in the bank's format; its {@code id()} is the question's id
 * @param createdBy who made it; {@code null} for the bank files
 */
public record ServerQuestion(long key, String scope, BankQuestion content, Status status, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public enum Status {

        /** Asked in rounds. */
        ACTIVE,
        /** The server's own question, taken out of play. */
        RETIRED,
        /** A shared question the server switched off. */
        OFF;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static ServerQuestion of(Question question, Status status) {
        return new ServerQuestion(question.id, question.scope, question.toBank(), status, question.createdAt,
                question.createdBy, question.updatedAt, question.updatedBy);
    }

    /** The question's id in the bank, stable forever. */
    public String id() {
        return content.id();
    }

    public boolean isShared() {
        return Question.SHARED.equals(scope);
    }

    public String origin() {
        return isShared() ? "shared" : "server";
    }
}
