/**
 * Turns article text into draft questions: the article read by Stanford CoreNLP (sentences, named entities, a
 * dependency parse), questions from each sentence's main clause that name what they ask, the story's central facts
 * first, wrong choices of the answer's kind from the article and its like, and the footnote quoting the sentence.
 * Offline and deterministic: the same articles always give the same questions, so that a merge with the bank is
 * repeatable.
 */
package app.footnote.bank.generate;
