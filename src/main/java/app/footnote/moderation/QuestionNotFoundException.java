package app.footnote.moderation;

/** No question with this id is visible on the server. */
public class QuestionNotFoundException extends RuntimeException {

    public QuestionNotFoundException(String id) {
        super("No question '" + id + "' on this server.");
    }
}
