package app.footnote.bank;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Imports the bank when the application starts. An invalid bank stops the start with the validator's full report, so
 * a broken edit never reaches players; the database keeps what it had.
 */
@ApplicationScoped
public class ImportBankAtStart {

    private static final Logger LOG = Logger.getLogger(ImportBankAtStart.class);

    private final BankConfig config;
    private final ImportBank importBank;

    public ImportBankAtStart(BankConfig config, ImportBank importBank) {
        this.config = config;
        this.importBank = importBank;
    }

    /** Called at start-up ({@code StartUp}) before anything else reads questions. */
    public void importAtStart() {
        if (!config.importAtStart()) {
            LOG.info("Question bank import at start is off (footnote.bank.import-at-start=false)");
            return;
        }
        Path dir = Path.of(config.dir());
        ImportResult result = importBank.importBank(dir.toString(), new BankReader().read(dir));
        LOG.infof("Question bank in %s/ imported: %d new, %d changed, %d retired, %d unchanged", dir, result.inserted(),
                result.updated(), result.retired(), result.unchanged());
    }
}
