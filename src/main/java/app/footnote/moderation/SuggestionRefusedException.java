package app.footnote.moderation;

/** A member may not suggest a question now: too many lately, or the server's queue is full. */
public class SuggestionRefusedException extends RuntimeException {

    public SuggestionRefusedException(String message) {
        super(message);
    }
}
