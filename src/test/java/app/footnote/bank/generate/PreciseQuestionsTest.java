package app.footnote.bank.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import app.footnote.bank.BankArticle;
import app.footnote.bank.BankQuestion;

/**
 * What graders reading the drafts of unseen stories failed most: wrong choices of another role than the answer, prompts
 * cut from a broken line or written "a(n)", and a box-office story's questions filed as how the film was made.
 */
class PreciseQuestionsTest {

    /** Each player of the match story by what the story calls them. */
    private static final Map<String, String> ROLES = Map.of("Tom Hardy", "defender", "Ian Walsh", "defender",
            "Sam Cole", "defender", "Luke Mears", "defender", "Max Berger", "striker", "Dan Riley", "striker",
            "Joe Pike", "striker");
    private static final BankArticle MATCH = NewsArticles.article("cup-final", "Rovers win the Northfield Cup",
            "Evening Courier", """
                    Rovers beat United 2-1 in the Northfield Cup final at Riverside Park on Saturday.
                    Rovers defender Tom Hardy scored the opening goal in the 12th minute.
                    United striker Max Berger equalised for United in the 40th minute.
                    Rovers defender Ian Walsh headed the winner for Rovers in the 81st minute.
                    United defender Sam Cole was sent off by the referee in the 85th minute.
                    Rovers defender Luke Mears was booked for a late tackle in the first half.
                    Rovers striker Dan Riley missed a penalty for Rovers before half-time.
                    United striker Joe Pike hit the post for United in the 70th minute.
                    """);
    private static final String FRAGMENT = "CEO Jane Marsh in an all-cash, go-private deal worth about $5 billion.";
    private static final BankArticle BROKEN_LINE = NewsArticles.article("deal-broken-line",
            "Harbor Freight agrees to a buyout", "Evening Courier", """
                    Harbor Freight Corp. agreed to be acquired by an entity owned by Lakeside Inc.
                    %s
                    Harbor Freight shares rose 12 percent to $48 on Monday.
                    Lakeside will pay $52 per Harbor Freight share in cash, the companies said.
                    The deal is expected to close in the first quarter of 2027.
                    """.formatted(FRAGMENT));

    private final GenerateQuestions generator = new GenerateQuestions();

    @Test
    @DisplayName("A player the story calls a defender is offered beside other defenders, never beside its strikers")
    void wrongChoicesForAPlayerHaveThePlayersRole() {
        // WHEN
        List<BankQuestion> questions = generator.generate(List.of(MATCH)).questions();

        // THEN every question answered by a player offers players of the same role, or is not asked
        List<BankQuestion> aboutPlayers = questions.stream().filter(q -> ROLES.containsKey(q.answer())).toList();
        assertFalse(aboutPlayers.isEmpty(), questions.toString());
        for (BankQuestion question : aboutPlayers) {
            String role = ROLES.get(question.answer());
            assertTrue(question.wrong().stream().allMatch(wrong -> role.equals(ROLES.get(wrong))),
                    question.toString());
        }
    }

    @Test
    @DisplayName("The rest of a sentence a line break cut (no verb with a subject) is no prompt")
    void aFragmentOfABrokenLineIsNotAsked() {
        List<BankQuestion> questions = generator.generate(List.of(BROKEN_LINE)).questions();

        assertFalse(questions.isEmpty(), "the deal story gave no question");
        questions.forEach(q -> assertNotEquals(FRAGMENT, q.sources().get(0).quote(), q.toString()));
    }

    @Test
    @DisplayName("No prompt says \"a(n) _____\": a quiz writes \"a _____\"")
    void noPromptWritesAOrAn() {
        List<BankArticle> stories = NewsArticles.SINGLE_STORIES;

        List<BankQuestion> questions = generator.generate(stories).questions();

        assertFalse(questions.isEmpty());
        questions.forEach(q -> assertFalse(q.prompt().toLowerCase().contains("a(n)"), q.toString()));
    }

    @Test
    @DisplayName("A weekend box-office story's questions are box office, cast or story, never production")
    void aBoxOfficeStoryIsFiledAsBoxOffice() {
        List<BankQuestion> questions = generator.generate(List.of(NewsArticles.BOX_OFFICE)).questions();

        assertFalse(questions.isEmpty());
        questions.forEach(q -> assertTrue(List.of("box-office", "cast", "story", "release").contains(q.category()),
                q.toString()));
    }
}
