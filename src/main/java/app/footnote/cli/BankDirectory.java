package app.footnote.cli;

import java.nio.file.Path;

import picocli.CommandLine.Parameters;

/** The {@code [DIR]} of a command on a bank. */
class BankDirectory {

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "questions", description = "the bank's directory (default: ${DEFAULT-VALUE})")
    Path dir;
}
