package app.footnote.chat.discord;

/** A shard setting that cannot be run, with a message that names the variable and what is wrong with it. */
class InvalidShardsException extends RuntimeException {

    InvalidShardsException(String message) {
        super(message);
    }
}
