/**
 * The command line's commands that work on the files alone, without starting the bot ({@code bank validate},
 * {@code generate}): subcommands of {@code FootnoteMain}, run by the packaged bot
 * ({@code java -jar quarkus-run.jar bank validate}) or by Maven ({@code ./mvnw -q compile exec:java
 * -Dexec.args="bank validate"}).
 */
package app.footnote.cli;
