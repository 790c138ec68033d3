package app.footnote.bank.generate;

/** A file of labelled facts that cannot be read, naming the file, the entry and the field at fault. */
public class InvalidLabelsException extends RuntimeException {

    public InvalidLabelsException(String message) {
        super(message);
    }

    public InvalidLabelsException(String message, Throwable cause) {
        super(message, cause);
    }
}
