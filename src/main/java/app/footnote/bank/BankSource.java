package app.footnote.bank;

/**
 * Where an answer comes from: an article of the bank, or a web page, and the sentence copied from it.
 *
 * @param article the article's file stem under {@code questions/articles/}; {@code null} for a web page
 * @param url the web page's address, which the bot cannot read to check the quote; {@code null} for an article
 * @param quote text copied verbatim from the article that contains the answer
 * @param line the line of this source in its file
 */
public record BankSource(String article, String url, String quote, int line) {
}
