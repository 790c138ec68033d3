package app.footnote.bank.generate;

/**
 * A sentence of an article, or one item of a list in it, with where it is.
 *
 * @param start the offset of its first character in the article's text
 * @param end the offset just after its last character
 * @param listItem whether it was a line of a list ("• Alison Pill as Agnes Jurati", "- Music: Jeff Russo.")
 */
record Sentence(int start, int end, String text, boolean listItem) {
}
