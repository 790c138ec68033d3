package app.footnote.moderation;

/** An upload over the size or question limit; nothing of it was read. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
