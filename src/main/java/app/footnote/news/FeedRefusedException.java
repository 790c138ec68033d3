package app.footnote.news;

/** A change to a server's feeds that cannot be made, in words a moderator can act on. */
public class FeedRefusedException extends RuntimeException {

    public enum Kind {
        /** A value given is wrong: {@link #field()} names it. */
        INVALID,
        /** The feed named is not the server's. */
        NOT_FOUND,
        /** The change conflicts with what is there: the limit, or a feed followed already. */
        CONFLICT
    }

    private final Kind kind;
    private final String field;

    private FeedRefusedException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    static FeedRefusedException invalid(String field, String message) {
        return new FeedRefusedException(Kind.INVALID, field, message);
    }

    static FeedRefusedException conflict(String message) {
        return new FeedRefusedException(Kind.CONFLICT, null, message);
    }

    static FeedRefusedException notFound(long id) {
        return new FeedRefusedException(Kind.NOT_FOUND, null, "This server follows no feed " + id + "; the list of"
                + " its feeds shows their ids.");
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
