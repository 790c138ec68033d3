package app.footnote.daily;

/** A schedule that cannot be used, naming the field at fault; the previous schedule stays. */
public class InvalidScheduleException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidScheduleException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the field, without its name. */
    public String reason() {
        return reason;
    }
}
