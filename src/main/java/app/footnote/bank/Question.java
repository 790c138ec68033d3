package app.footnote.bank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

/** A question in the database. The bank files are its source; {@code slug} is the bank's stable id. */
@Entity
public class Question extends PanacheEntity {

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_wrong_choice", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "choice_index")
    @Column(name = "choice")
    public List<String> wrongChoices = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_source", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "source_index")
    public List<QuestionSource> sources = new ArrayList<>();

    public static Question findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
