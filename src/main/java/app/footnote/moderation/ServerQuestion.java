package app.footnote.moderation;

import java.util.Locale;

import app.footnote.bank.Question;

/** A question as one server sees it: its own or shared, and whether it is in play there. */
public record ServerQuestion(Question question, Status status) {

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

    public String origin() {
        return question.isShared() ? "shared" : "server";
    }
}
