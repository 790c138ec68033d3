/**
 * Command-line entries that work on the files alone, without starting the bot: run with
 * {@code ./mvnw -q compile exec:java -Dexec.args="bank validate"}.
 */
package app.footnote.cli;
