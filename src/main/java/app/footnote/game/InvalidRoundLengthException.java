package app.footnote.game;

/** A round length outside what the game allows, saying what it must be; the previous length stays. */
public class InvalidRoundLengthException extends RuntimeException {

    public InvalidRoundLengthException(String message) {
        super(message);
    }
}
