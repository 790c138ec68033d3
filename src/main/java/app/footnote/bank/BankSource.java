package app.footnote.bank;

/**
 * Where an answer comes from: an article of the bank and the sentence copied from it.
 *
 * @param article the article's file stem under {@code questions/articles/}
 * @param quote text copied verbatim from the article that contains the answer
 * @param line the line of this source in its file
 */
public record BankSource(String article, String quote, int line) {
}
