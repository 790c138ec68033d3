package app.footnote.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.testing.Questions;
import io.quarkus.test.junit.QuarkusTest;

/** A moderator's edit in Discord has no field for accepted answers: they stay while the answer stays. */
@QuarkusTest
class EditKeepsAcceptedAnswersTest {

    @Inject
    ServerQuestions serverQuestions;

    @Inject
    Drafts drafts;

    private final String guild = String
            .valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));

    @Test
    void anEditKeepsTheAcceptedAnswersUnlessItChangesTheAnswer() {
        // GIVEN a server question that accepts "Chabon"
        serverQuestions.add(guild, BankQuestion.of("chabon-leaves", "production", "easy",
                "Who stepped away as showrunner, accepting a surname?", Questions.ANSWER,
                List.of("Alex Kurtzman", "Akiva Goldsman", "Terry Matalas"), "He left to adapt his own novel.",
                List.of(new BankSource(Questions.ARTICLE, null, Questions.QUOTE, 0))).withAccept(List.of("Chabon")),
                Actor.API);

        // WHEN a moderator opens an edit and retypes the prompt
        DraftOutcome opened = drafts.openEdit(guild, "channel", "mod", "Mod", "chabon-leaves", null, null);
        QuestionForm form = QuestionForm.of(opened.question());
        DraftOutcome retyped = drafts.fix(opened.draft().id(), guild, "mod", new QuestionForm(
                "Who stepped away as showrunner, still accepting a surname?", form.answer(), form.wrong(),
                form.explanation(), form.sources()));

        // THEN the accepted answers are still there
        assertEquals(List.of("Chabon"), opened.question().accept());
        assertEquals(List.of("Chabon"), retyped.question().accept());

        // WHEN the answer itself changes, THEN what was accepted for the old one goes
        DraftOutcome changed = drafts.fix(opened.draft().id(), guild, "mod", new QuestionForm(form.prompt(),
                "Alex Kurtzman", "Michael Chabon\nAkiva Goldsman\nTerry Matalas", form.explanation(), form.sources()));
        assertEquals(List.of(), changed.question().accept());
    }
}
