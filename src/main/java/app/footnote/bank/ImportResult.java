package app.footnote.bank;

/**
 * What an import changed, counted in questions.
 *
 * @param queued drafts ({@code draft: true}) put in the server's review queue instead of in play
 */
public record ImportResult(int inserted, int updated, int retired, int unchanged, int queued) {

    public boolean changedNothing() {
        return inserted == 0 && updated == 0 && retired == 0 && queued == 0;
    }
}
