package app.footnote.moderation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import app.footnote.bank.Article;
import app.footnote.bank.Bank;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.bank.BankValidator;
import app.footnote.bank.InvalidBankException;
import app.footnote.bank.Question;
import app.footnote.bank.Slugs;

/**
 * The bank's rules applied to a server's questions: the same validator as the shipped files, against the articles in
 * the database, plus ids that stay unique among everything the server sees.
 */
@ApplicationScoped
public class QuestionRules {

    private static final int ID_WORDS = 8;

    private final BankValidator validator = new BankValidator();

    /** Every problem of these questions by the bank's rules, read from {@code readProblems}' source. */
    private List<BankProblem> bankProblems(List<BankQuestion> questions, List<BankProblem> readProblems) {
        // Only the articles these questions cite are read: the texts are what is large.
        Set<String> cited = questions.stream().filter(q -> q.sources() != null).flatMap(q -> q.sources().stream())
                .filter(Objects::nonNull).map(BankSource::article).filter(Objects::nonNull).collect(Collectors.toSet());
        List<BankArticle> articles = (cited.isEmpty() ? List.<Article>of()
                : Article.<Article>list("id in ?1", cited)).stream()
                .map(a -> new BankArticle(a.id, a.title, a.outlet, a.published, List.of(),
                        a.body == null ? "" : a.body))
                .toList();
        return validator.validate(new Bank(articles, questions, readProblems));
    }

    /**
     * Every problem of these questions as the server's own: the bank's rules, and no prompt that another question of
     * the server asks already (retired ones included, since they can be restored), so that an export always imports
     * back. Drafts are not compared: the review queue leaves out those the server asks already. Call within a
     * transaction.
     */
    public List<BankProblem> problems(String guildId, List<BankQuestion> questions, List<BankProblem> readProblems) {
        List<BankProblem> problems = new ArrayList<>(bankProblems(questions, readProblems));
        List<BankQuestion> played = questions.stream().filter(q -> !q.draft()).toList();
        Set<String> replaced = played.stream().map(BankQuestion::id).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> asked = new HashMap<>();
        ownPrompts(guildId).forEach((slug, prompt) -> {
            if (!replaced.contains(slug)) {
                asked.put(BankValidator.promptKey(prompt), slug);
            }
        });
        for (BankQuestion question : played) {
            String other = question.prompt() == null || question.prompt().isBlank() ? null
                    : asked.get(BankValidator.promptKey(question.prompt()));
            if (other != null) {
                problems.add(new BankProblem(question.file(), question.lineOf("prompt"), question.id(), "prompt",
                        "is the same as this server's question '" + other + "'"));
            }
        }
        return problems;
    }

    record SlugPrompt(String slug, String prompt) {
    }

    /** The prompts of the server's own questions, retired ones included, by id. */
    public Map<String, String> ownPrompts(String guildId) {
        Map<String, String> prompts = new HashMap<>();
        Question.getEntityManager().createQuery("select q.slug, q.prompt from Question q where q.scope = :guild",
                SlugPrompt.class).setParameter("guild", guildId).getResultList()
                .forEach(row -> prompts.put(row.slug(), row.prompt()));
        return prompts;
    }

    /** Throws when the question breaks a rule as one of the server's own; it is then neither saved nor changed. */
    public void check(String guildId, BankQuestion question) {
        List<BankProblem> problems = problems(guildId, List.of(question), List.of());
        if (!problems.isEmpty()) {
            throw new InvalidBankException("the question", problems);
        }
    }

    /** A new id from the prompt's first words, free on this server and in the shared bank. */
    public String newId(String guildId, String prompt) {
        String base = Slugs.of(prompt, ID_WORDS, BankValidator.MAX_ID_LENGTH - 6);
        return Slugs.free(base.isEmpty() ? "question" : base, id -> taken(guildId, id));
    }

    /** Whether a server's new question may not take this id: it is its own already, or a shared question's. */
    public boolean taken(String guildId, String id) {
        return Question.count("slug = ?1 and scope in (?2, ?3)", id, guildId, Question.SHARED) > 0;
    }
}
