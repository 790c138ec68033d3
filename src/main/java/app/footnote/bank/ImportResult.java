package app.footnote.bank;

/** What an import changed, counted in questions. */
public record ImportResult(int inserted, int updated, int retired, int unchanged) {

    public boolean changedNothing() {
        return inserted == 0 && updated == 0 && retired == 0;
    }
}
