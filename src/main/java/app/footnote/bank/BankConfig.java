package app.footnote.bank;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "footnote.bank")
public interface BankConfig {

    /** The bank directory: question files at its top, articles in {@code articles/}. Env: FOOTNOTE_BANK_DIR. */
    @WithDefault("questions")
    String dir();

    /** Whether to import the bank at start-up. Env: FOOTNOTE_BANK_IMPORT_AT_START. */
    @WithDefault("true")
    boolean importAtStart();
}
