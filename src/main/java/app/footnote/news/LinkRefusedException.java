package app.footnote.news;

/**
 * A link the bot would not or could not read, with the reason in words a moderator can act on.
 *
 * @param remote whether the site failed (no answer, an error status) rather than the link being refused by the bot's
 *        rules
 */
public class LinkRefusedException extends RuntimeException {

    private final boolean remote;

    LinkRefusedException(String message, boolean remote) {
        super(message);
        this.remote = remote;
    }

    static LinkRefusedException refused(String message) {
        return new LinkRefusedException(message, false);
    }

    static LinkRefusedException siteFailed(String message) {
        return new LinkRefusedException(message, true);
    }

    public boolean remote() {
        return remote;
    }
}
