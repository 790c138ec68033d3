package app.footnote.bank.generate;

/** A family of patterns that read facts of some relations from one sentence. */
interface FactPattern {

    void find(Found found);
}
