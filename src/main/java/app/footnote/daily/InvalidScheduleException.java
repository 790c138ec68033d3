package app.footnote.daily;

/** A schedule that cannot be used, naming the field at fault; the previous schedule stays. */
public class InvalidScheduleException extends RuntimeException {

    private final String field;

    public InvalidScheduleException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
