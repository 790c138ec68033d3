package app.footnote.game;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import app.footnote.bank.Question;
import app.footnote.bank.QuestionSource;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One question asked in one channel, open until {@code closesAt} and then revealed once. */
@Entity
public class Round extends PanacheEntity {

    /** The size of {@code round.channel_id} (V2__game.sql); a Discord channel id has at most 20 digits. */
    public static final int MAX_CHANNEL_LENGTH = 64;

    @Enumerated(EnumType.STRING)
    public Origin origin;
    @Column(name = "guild_id")
    public String guildId;
    @Column(name = "channel_id")
    public String channelId;
    /** Guild and channel while open, {@code null} once revealed; unique, so a channel has one open round. */
    @Column(name = "open_key")
    public String openKey;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    public Question question;
    /** What the round asked: prompt, answer, wrong choices, explanation, sources; the question may be edited after. */
    @Column(name = "asked_prompt")
    public String askedPrompt;
    @Column(name = "asked_answer")
    public String askedAnswer;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "round_wrong_choice", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "choice_index")
    @Column(name = "choice")
    public List<String> askedWrongChoices = new ArrayList<>();
    /** The other answers a typed answer may give, as the round asked them (the question's accept list). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "round_accepted_answer", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "answer_index")
    @Column(name = "answer")
    public List<String> askedAcceptedAnswers = new ArrayList<>();
    @Column(name = "asked_explanation")
    public String askedExplanation;
    /** Buttons, or typed: a typed round shows no choices, and its answers are judged by {@link TypedAnswerMatch}. */
    @Enumerated(EnumType.STRING)
    public AnswerMode mode = AnswerMode.BUTTONS;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "round_source", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "source_index")
    public List<QuestionSource> askedSources = new ArrayList<>();
    /** The shown order, as indexes into [answer, wrong...]: [2, 0, 1, 3] shows wrong[1] as A and the answer as B. */
    @Column(name = "choice_order")
    @Convert(converter = ChoiceOrderConverter.class)
    public List<Integer> choiceOrder;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "closes_at")
    public Instant closesAt;
    @Column(name = "revealed_at")
    public Instant revealedAt;
    /** The game this round is one of, or {@code null} for a round on its own. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "game_id")
    public Game game;
    /** Its number in the game, from 1; unique with the game, so no round of a game is opened twice. */
    @Column(name = "game_round")
    public Integer gameRound;

    public static String openKey(String guildId, String channelId) {
        return guildId + "/" + channelId;
    }

    /** The position of the right answer in the shown order. */
    public int correctIndex() {
        return choiceOrder.indexOf(0);
    }

    /**
     * Whether the question still says all the round asked: nothing of it was edited since. Its accepted answers are
     * not shown to players, so a change of them alone leaves what was asked as it was.
     */
    public boolean askedAsNow() {
        return Objects.equals(question.prompt, askedPrompt) && Objects.equals(question.answer, askedAnswer)
                && question.wrongChoices.equals(askedWrongChoices)
                && Objects.equals(question.explanation, askedExplanation) && question.sources.equals(askedSources);
    }

    /** The choices' texts in the shown order, as the round asked them. */
    public List<String> choices() {
        return choiceOrder.stream().map(i -> i == 0 ? askedAnswer : askedWrongChoices.get(i - 1)).toList();
    }
}
