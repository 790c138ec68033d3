package app.footnote.moderation;

/** The change clashes with what is there: an id already taken, or a shared question that only the bank files change. */
public class QuestionConflictException extends RuntimeException {

    public QuestionConflictException(String message) {
        super(message);
    }
}
