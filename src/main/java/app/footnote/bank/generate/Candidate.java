package app.footnote.bank.generate;

import java.util.Set;

/**
 * A question one sentence can give: its prompt, which names what it asks about, and the answer, a named entity of the
 * sentence.
 *
 * @param kind the answer's kind, which its wrong choices share ({@link WrongChoices#kindOf})
 * @param fineType CoreNLP's type of the answer (CITY, not only place)
 * @param key what the question asks, the same for two articles stating the same fact: the verb, the kind of answer
 *        and the names in the prompt
 * @param names the named entities of the prompt, which a wrong choice must not be
 * @param together values that are no wrong choices: the other values of the answer's kind in its sentence (a list
 *        the answer is one of, true as well), and what other articles claim instead
 * @param score how central the fact is to its article (higher first)
 */
record Candidate(String articleId, Parsed.Line line, String prompt, String answer, String kind, String fineType,
        String key, Set<String> names, Set<String> together, double score) {

    Candidate scored(double newScore) {
        return new Candidate(articleId, line, prompt, answer, kind, fineType, key, names, together, newScore);
    }

    Candidate alongside(Set<String> more) {
        Set<String> all = new java.util.LinkedHashSet<>(together);
        all.addAll(more);
        return new Candidate(articleId, line, prompt, answer, kind, fineType, key, names, all, score);
    }

    Candidate ofKind(String newKind) {
        return new Candidate(articleId, line, prompt, answer, newKind, fineType, key, names, together, score);
    }
}
