package app.footnote.bank.generate;

import java.util.List;
import java.util.Map;

/**
 * One thing an article states, found in one sentence: "{subject} {relation} {value}", with the words a question needs
 * to read naturally.
 *
 * @param values one value, or for a list relation every member the sentence names
 * @param slots words kept from the sentence for the templates ("verb" = "allocated")
 * @param work the article's main work, which the subject belongs to
 */
record Fact(Relation relation, String subject, List<Value> values, Map<String, String> slots, String articleId,
        Sentence sentence, String work) {

    Value value() {
        return values.get(0);
    }

    /** What makes two facts the same fact: their relation and what they are {@link #about()}. */
    String subjectKey() {
        return relation.slug() + "|" + about();
    }

    /**
     * The subject as facts are compared by it. A character is known by the last word of its name, so that "Picard"
     * and "Jean-Luc Picard", or "Soji Asha" and "Dahj and Soji Asha", are one subject.
     */
    String about() {
        String key = Value.nameKey(subject);
        if (relation == Relation.CAST) {
            return key.substring(key.lastIndexOf(' ') + 1);
        }
        return key;
    }

    String workKey() {
        return Value.nameKey(work);
    }

    /** The sentence as the footnote quotes it. */
    String quote() {
        return sentence.text();
    }

    @Override
    public String toString() {
        return relation.slug() + "(" + subject + ") = " + String.join(" | ", values.stream().map(Value::text).toList());
    }
}
