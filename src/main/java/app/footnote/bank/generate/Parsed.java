package app.footnote.bank.generate;

import java.util.List;

/**
 * An article as the language models read it: sentences of tokens, the named entities in them and each token's head
 * in the dependency parse. Plain values, so that the rules that write questions know nothing of CoreNLP.
 */
record Parsed(List<Parsed.Line> sentences) {

    /**
     * One token.
     *
     * @param begin the offset of its first character in the article's text
     * @param head the index of the token it depends on in its sentence, -1 for the root
     * @param relation its dependency on the head ("nsubj", "obj", "obl:in"…)
     */
    record Token(String word, String tag, String lemma, int begin, int end, int head, String relation) {
    }

    /**
     * A named entity: tokens {@code first} to {@code last} (exclusive) of its sentence.
     *
     * @param type CoreNLP's type: PERSON, ORGANIZATION, CITY, MONEY, DATE…
     * @param normalized the value CoreNLP reads in it ("2017-09-09", "$4.25E7"), or null
     */
    record Mention(String type, String text, int first, int last, String normalized) {

        boolean covers(int token) {
            return token >= first && token < last;
        }
    }

    /**
     * @param index the sentence's place in the article, from 0
     * @param paragraph the paragraph (line) it is in, from 0
     */
    record Line(int index, int paragraph, int begin, int end, String text, List<Token> tokens,
            List<Mention> mentions) {

        /** The mention a token is part of, or null. */
        Mention mentionAt(int token) {
            for (Mention mention : mentions) {
                if (mention.covers(token)) {
                    return mention;
                }
            }
            return null;
        }

        /** The first and last (exclusive) token of the subtree under {@code token}. */
        int[] span(int token) {
            int first = token;
            int last = token + 1;
            for (int i = 0; i < tokens.size(); i++) {
                if (dominates(token, i)) {
                    first = Math.min(first, i);
                    last = Math.max(last, i + 1);
                }
            }
            return new int[]{first, last};
        }

        private boolean dominates(int ancestor, int token) {
            // A parse is a tree, so the walk up ends at the root within the sentence's length.
            for (int at = token, steps = 0; at >= 0 && steps <= tokens.size(); at = tokens.get(at).head(), steps++) {
                if (at == ancestor) {
                    return true;
                }
            }
            return false;
        }

        /** The subject (nsubj or nsubj:pass) of the clause headed by {@code head}, or -1. */
        int subjectOf(int head) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).head() == head && tokens.get(i).relation().startsWith("nsubj")) {
                    return i;
                }
            }
            return -1;
        }

        int root() {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).head() < 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
