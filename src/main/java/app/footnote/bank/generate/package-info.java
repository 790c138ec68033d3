/**
 * Turns article text into draft questions: sentences with their offsets, typed facts found by precise patterns, one
 * question per fact with wrong choices of the same type, and the footnote quoting the sentence. Offline and
 * deterministic: the same articles always give the same questions, so that a merge with the bank is repeatable.
 */
package app.footnote.bank.generate;
