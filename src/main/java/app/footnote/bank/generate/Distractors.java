package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.footnote.bank.BankValidator;
import app.footnote.bank.TextMatch;

/**
 * Picks the wrong choices for an answer: values of its kind (and unit) from the same article first, then from the
 * other articles, then made up near it (a week later, a quarter more) or well-known names of its kind, and only then
 * values of a related kind (see {@link Kind#family()}). Never a value
 * that some article gives for the same subject, never one the prompt names, never two that look alike; numbers
 * nearest the answer first, so that the choices are close calls.
 */
final class Distractors {

    private final ChoicePool pool;

    Distractors(ChoicePool pool) {
        this.pool = pool;
    }

    /**
     * @param trueKeys the {@link Value#key()} of every value true for the question's subject anywhere
     * @return {@link BankValidator#MIN_WRONG} wrong choices, or empty when there are not enough of the answer's kind
     */
    Optional<List<String>> choose(Value answer, String articleId, Set<String> trueKeys, String prompt) {
        List<Value> sameArticle = new ArrayList<>();
        List<Value> corpus = new ArrayList<>();
        List<Value> related = new ArrayList<>();
        for (ChoicePool.Entry entry : pool.ofFamily(answer.kind().family())) {
            if (entry.value().kind() != answer.kind()) {
                related.add(entry.value());
            } else {
                (entry.articleId().equals(articleId) ? sameArticle : corpus).add(entry.value());
            }
        }
        List<Value> madeUp = new ArrayList<>(answer.neighbours());
        Gazetteer.NAMES.getOrDefault(answer.kind(), List.of())
                .forEach(name -> madeUp.add(Value.name(answer.kind(), name)));
        List<String> chosen = new ArrayList<>();
        // Last, a value of a related kind: a producer for an actor, an outlet for a company.
        for (List<Value> tier : List.of(sameArticle, corpus, madeUp, related)) {
            for (Value candidate : nearestFirst(answer, tier)) {
                if (chosen.size() == BankValidator.MIN_WRONG) {
                    return Optional.of(chosen);
                }
                String text = shown(answer, candidate);
                // The word-by-word comparison with the prompt last: it is the slowest.
                if (fits(answer, candidate) && !trueKeys.contains(candidate.key())
                        && text.length() <= BankValidator.MAX_CHOICE_LENGTH
                        && !TextMatch.sameChoice(text, answer.text())
                        && chosen.stream().noneMatch(other -> TextMatch.sameChoice(other, text))
                        && !TextMatch.containsAnswer(prompt, text)) {
                    chosen.add(text);
                }
            }
        }
        return chosen.size() == BankValidator.MIN_WRONG ? Optional.of(chosen) : Optional.empty();
    }

    /** Same kind; the same unit for counts, durations and scores; a share of at most 100% for a share. */
    private static boolean fits(Value answer, Value candidate) {
        if (candidate.kind().family() != answer.kind().family()) {
            return false;
        }
        return switch (answer.kind()) {
            case COUNT, DURATION, RATING -> candidate.unit().equals(answer.unit());
            case PERCENT -> answer.number() > 100 || candidate.number() <= 100;
            default -> true;
        };
    }

    /** A title without its franchise ("Voyager") when the answer has none ("Strange New Worlds"). */
    private static String shown(Value answer, Value candidate) {
        String text = candidate.text();
        if (answer.kind() == Kind.TITLE && !answer.text().contains(": ") && text.contains(": ")) {
            return text.substring(text.indexOf(": ") + 2);
        }
        return text;
    }

    private static List<Value> nearestFirst(Value answer, List<Value> values) {
        if (!answer.kind().numeric()) {
            return values;
        }
        return values.stream().sorted(Comparator.comparingDouble(v -> Math.abs(v.number() - answer.number())))
                .toList();
    }
}
