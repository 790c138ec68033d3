package app.footnote.news;

/**
 * A link the bot would not or could not read, with the reason in words a moderator can act on.
 *
 * @param remote whether the site failed (no answer, an error status) rather than the link being refused by the bot's
 *        rules
 */
public class LinkRefusedException extends RuntimeException {

    private final boolean remote;
    private final boolean temporary;

    LinkRefusedException(String message, boolean remote) {
        this(message, remote, false);
    }

    private LinkRefusedException(String message, boolean remote, boolean temporary) {
        super(message);
        this.remote = remote;
        this.temporary = temporary;
    }

    static LinkRefusedException refused(String message) {
        return new LinkRefusedException(message, false);
    }

    static LinkRefusedException siteFailed(String message) {
        return new LinkRefusedException(message, true);
    }

    /** The site failed in a way that usually passes: a 5xx, a timeout, a refused connection. */
    static LinkRefusedException siteUnavailable(String message) {
        return new LinkRefusedException(message, true, true);
    }

    public boolean remote() {
        return remote;
    }

    /** Whether trying again later may well succeed (the site was unavailable, not wrong). */
    public boolean temporary() {
        return temporary;
    }
}
