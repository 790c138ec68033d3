package app.footnote.testing;

/** Two outlets' articles on one takeover, with front matter, as a moderator's files would be. */
public final class TakeoverStories {

    /** The Daily Ledger's: Cedar Bank buys Lakeside Financial for $2.4 billion. */
    public static final String LEDGER = """
            ---
            title: Cedar Bank agrees to buy Lakeside Financial
            outlet: Daily Ledger
            ---
            Cedar Bank agreed to buy Lakeside Financial for $2.4 billion on Monday.
            The deal is expected to close in the first quarter of 2026, the companies said.
            Lakeside Financial has 120 branches across Ohio and Michigan.
            """;
    /** The Evening Courier's, which gives another price. */
    public static final String COURIER = """
            ---
            title: Cedar Bank to acquire Lakeside
            outlet: Evening Courier
            ---
            Cedar Bank agreed to buy Lakeside Financial for $2.1 billion, the companies announced.
            Shares of Lakeside Financial rose 18 percent in morning trading in New York.
            Analysts at Morgan Stanley called the price fair.
            """;

    private TakeoverStories() {
    }
}
