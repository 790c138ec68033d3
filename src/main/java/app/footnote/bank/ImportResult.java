package app.footnote.bank;

/**
 * What an import changed, counted in questions.
 *
 * @param unchanged questions already as the file says, and drafts whose prompt the server or its review queue has
 * @param queued drafts ({@code draft: true}) put in the server's review queue instead of in play
 * @param overLimit drafts left out because the review queue was full; importing the file again once moderators have
 *        caught up queues them, and only them
 */
public record ImportResult(int inserted, int updated, int retired, int unchanged, int queued, int overLimit) {

    public boolean changedNothing() {
        return inserted == 0 && updated == 0 && retired == 0 && queued == 0;
    }
}
