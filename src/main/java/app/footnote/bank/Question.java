package app.footnote.bank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A question in the database: from the shared bank files, or a server's own. {@code slug} is its stable id, unique
 * within its {@code scope}.
 */
@Entity
public class Question extends PanacheEntity {

    /** The scope of the bank every server plays. */
    public static final String SHARED = "shared";

    /** {@link #SHARED}, or the server that owns the question. */
    public String scope = SHARED;
    public String slug;
    public String category;
    @Enumerated(EnumType.STRING)
    public Difficulty difficulty;
    public String prompt;
    public String answer;
    public String explanation;
    public boolean retired;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Who made it; {@code null} for the bank files. */
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_by")
    public String updatedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_wrong_choice", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "choice_index")
    @Column(name = "choice")
    public List<String> wrongChoices = new ArrayList<>();

    /** Other answers a typed answer may give (the bank's {@code accept:}). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_accepted_answer", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "answer_index")
    @Column(name = "answer")
    public List<String> acceptedAnswers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_source", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "source_index")
    public List<QuestionSource> sources = new ArrayList<>();

    /** Takes the content of a valid question from the bank's format, and puts the question in play. */
    public void setContent(BankQuestion file) {
        category = file.category();
        difficulty = Difficulty.fromLabel(file.difficulty()).orElseThrow();
        prompt = file.prompt();
        answer = file.answer();
        explanation = file.explanation();
        retired = false;
        wrongChoices.clear();
        wrongChoices.addAll(file.wrong());
        acceptedAnswers.clear();
        acceptedAnswers.addAll(file.accept());
        sources.clear();
        file.sources().forEach(source -> sources.add(QuestionSource.of(source)));
    }

    /** Whether the question already says exactly what {@code file} says. */
    public boolean hasContent(BankQuestion file) {
        return Objects.equals(category, file.category())
                && difficulty == Difficulty.fromLabel(file.difficulty()).orElse(null)
                && Objects.equals(prompt, file.prompt()) && Objects.equals(answer, file.answer())
                && Objects.equals(explanation, file.explanation()) && wrongChoices.equals(file.wrong())
                && acceptedAnswers.equals(file.accept())
                && sources.equals(file.sources().stream().map(QuestionSource::of).toList());
    }

    /** The question in the bank's format, as an export writes it. */
    public BankQuestion toBank() {
        return BankQuestion.of(slug, category, difficulty.label(), prompt, answer, List.copyOf(wrongChoices),
                explanation, sources.stream().map(s -> new BankSource(s.articleId, s.url, s.quote, 0)).toList())
                .withAccept(List.copyOf(acceptedAnswers));
    }

    public boolean isShared() {
        return SHARED.equals(scope);
    }

    /** A question of the shared bank by its id. */
    public static Question findBySlug(String slug) {
        return find("scope = ?1 and slug = ?2", SHARED, slug).firstResult();
    }
}
