package app.footnote.bank.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.footnote.bank.Bank;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.bank.BankValidator;
import app.footnote.bank.TextMatch;

/**
 * What a moderator reviewing the drafts, or a player answering them, sees of the questions one story gives: each is
 * a sentence of the story turned round, names what it asks about, and offers wrong choices a reader of the story
 * could believe.
 */
class GenerateQuestionsTest {

    /** A word that stands for something named elsewhere; a prompt that keeps one does not say what it asks about. */
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:he|she|it|they|him|her|them|his|its|their)\\b");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+");
    private static final Pattern MILLIONS = Pattern.compile("\\$\\d+(?:\\.\\d+)? million");

    private final GenerateQuestions generator = new GenerateQuestions();

    static Stream<BankArticle> stories() {
        return NewsArticles.SINGLE_STORIES.stream();
    }

    @ParameterizedTest
    @MethodSource("stories")
    @DisplayName("Every question is a draft the bank accepts, quoting one sentence of the story that holds the answer")
    void everyQuestionIsADraftQuotingTheSentenceThatHoldsItsAnswer(BankArticle story) {
        // WHEN
        List<BankQuestion> questions = generator.generate(List.of(story)).questions();

        // THEN
        assertFalse(questions.isEmpty(), story.id() + " gave no question");
        assertEquals(List.of(), new BankValidator().validate(new Bank(List.of(story), questions, List.of())));
        for (BankQuestion question : questions) {
            assertTrue(question.draft(), question.id());
            assertEquals(1, question.sources().size(), question.toString());
            String quote = question.sources().get(0).quote();
            assertTrue(isSentenceOf(story.text(), quote), "not a sentence of " + story.id() + ": " + quote);
            assertTrue(TextMatch.containsAnswer(quote, question.answer()), question.toString());
            assertFalse(TextMatch.containsAnswer(question.prompt(), question.answer()), question.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("stories")
    void noPromptLeansOnAPronoun(BankArticle story) {
        List<BankQuestion> questions = generator.generate(List.of(story)).questions();

        // A pronoun may stay only after the prompt's own sentence names someone ("Emma Stone will star…, with _____
        // joining her"); before any name, or in a prompt that names nobody but the headline, it points at nothing.
        for (BankQuestion question : questions) {
            String sentence = question.prompt().replaceFirst("^In “[^”]*”: ", "");
            Matcher pronoun = PRONOUN.matcher(sentence);
            if (pronoun.find()) {
                assertTrue(NAME.matcher(sentence.substring(0, pronoun.start())).find(), question.prompt());
            }
        }
    }

    @Test
    void aSentenceAboutAnItNothingBeforeNamesIsNotAsked() {
        // GIVEN a story that opens with "It was renewed…" and names the show only in its second sentence
        BankArticle story = NewsArticles.RENEWED;

        // WHEN
        List<BankQuestion> questions = generator.generate(List.of(story)).questions();

        // THEN the other sentences are asked, that one never
        assertFalse(questions.isEmpty());
        assertTrue(questions.stream().noneMatch(q -> quote(q).equals(NewsArticles.IT_SENTENCE)),
                questions.toString());
    }

    @Test
    void aHeAfterANamedPersonIsAskedWithThePersonsName() {
        // GIVEN "Council member James Ortiz criticised …" followed by "He has represented the Riverside district …"
        List<BankQuestion> questions = generator.generate(List.of(NewsArticles.COUNCIL)).questions();

        // THEN the sentence about "him" is asked, and the prompt says who he is
        List<BankQuestion> aboutHim = questions.stream().filter(q -> quote(q).equals(NewsArticles.HE_SENTENCE))
                .toList();
        assertFalse(aboutHim.isEmpty(), questions.toString());
        aboutHim.forEach(q -> assertTrue(q.prompt().contains(NewsArticles.COUNCIL_MEMBER)
                || q.answer().equals(NewsArticles.COUNCIL_MEMBER), q.toString()));
    }

    @Test
    void aStreamerTheModelsDoNotKnowIsAskedAsANetworkBesideOtherNetworks() {
        // GIVEN "Paramount+ announced on Thursday that it has renewed the crime drama The Harbor …"
        List<BankQuestion> questions = generator.generate(List.of(NewsArticles.STREAMER_RENEWAL)).questions();

        // THEN who renewed it is asked, as a network's question, among well-known networks the story does not name
        BankQuestion renewal = answering(questions, "Paramount+");
        assertTrue(renewal.prompt().contains("Which network or streaming service"), renewal.toString());
        assertTrue(renewal.prompt().contains("The Harbor") || renewal.prompt().contains("“The Harbor"),
                renewal.toString());
        assertTrue(List.of("Netflix", "HBO", "Hulu", "Disney+", "Prime Video", "Apple TV+", "Peacock", "AMC", "FX",
                "Showtime", "Starz", "NBC", "CBS", "ABC", "Fox", "The CW").containsAll(renewal.wrong()),
                renewal.toString());
    }

    @Test
    void anItInReportedSpeechIsTheOneSayingIt() {
        // GIVEN "Marlow Keane said in a statement that it would start filming …", Marlow Keane a company
        List<BankQuestion> questions = generator.generate(List.of(NewsArticles.STREAMER_RENEWAL)).questions();

        // THEN the sentence is asked, and its prompt names the company where the article wrote "it"
        List<BankQuestion> filming = questions.stream().filter(q -> quote(q).startsWith("Marlow Keane said")).toList();
        assertFalse(filming.isEmpty(), questions.toString());
        filming.forEach(q -> assertTrue(q.prompt().contains("Marlow Keane") && !q.prompt().contains(" it would"),
                q.toString()));
    }

    @Test
    void theWrongChoicesForAnAmountAreTheStorysOtherAmounts() {
        // GIVEN a box-office story whose opening weekend lies among seven other amounts, one a sentence
        BankArticle story = NewsArticles.BOX_OFFICE;

        // WHEN
        List<BankQuestion> questions = generator.generate(List.of(story)).questions();

        // THEN the opening weekend's wrong choices are other amounts of the story, not made up
        BankQuestion opening = answering(questions, NewsArticles.OPENING_WEEKEND);
        for (String wrong : opening.wrong()) {
            assertTrue(story.text().contains(wrong) && !quote(opening).contains(wrong), opening.toString());
        }
        // and every amount asked is offered amongst amounts written as it is
        questions.stream().filter(q -> MILLIONS.matcher(q.answer()).matches()).forEach(q -> assertTrue(
                q.wrong().stream().allMatch(w -> MILLIONS.matcher(w).matches()), q.toString()));
    }

    @Test
    @DisplayName("A typed answer may give a star's surname where the story calls her by it, and only then")
    void aPersonTheStoryCallsBySurnameIsAcceptedBySurname() {
        // GIVEN the cast story, where Emma Stone is later called "Stone" and Ryan Gosling never "Gosling" alone
        BankArticle story = NewsArticles.article("legal-drama-cast-quoted", NewsArticles.CAST.title(),
                NewsArticles.CAST.outlet(),
                NewsArticles.CAST.text() + "Stone said the role was the hardest of her career.\n");

        // WHEN
        List<BankQuestion> questions = generator.generate(List.of(story)).questions();

        // THEN
        List<BankQuestion> aboutStone = questions.stream().filter(q -> q.answer().equals("Emma Stone")).toList();
        assertFalse(aboutStone.isEmpty(), questions.toString());
        aboutStone.forEach(q -> assertEquals(List.of("Stone"), q.accept(), q.toString()));
        questions.stream().filter(q -> q.answer().equals("Ryan Gosling"))
                .forEach(q -> assertEquals(List.of(), q.accept(), q.toString()));
        assertEquals(List.of(), new BankValidator().validate(new Bank(List.of(story), questions, List.of())));
    }

    @Test
    void theWrongChoicesForAnActorAreOtherActorsOfTheStory() {
        BankArticle story = NewsArticles.CAST;

        List<BankQuestion> questions = generator.generate(List.of(story)).questions();

        // The creator, the director and the showrunner make the series: beside an actor they would give him away.
        List<String> cast = List.of("Emma Stone", "Ryan Gosling", "Viola Davis", "Jeremy Strong", "Florence Pugh",
                "Brian Cox");
        List<BankQuestion> aboutActors = questions.stream().filter(q -> cast.contains(q.answer())).toList();
        assertFalse(aboutActors.isEmpty(), questions.toString());
        aboutActors.forEach(q -> assertTrue(cast.containsAll(q.wrong()), q.toString()));
    }

    @Test
    @DisplayName("No wrong choice is another name of the list the answer is in (\"X, Y and Z will star\")")
    void noWrongChoiceIsAnotherMemberOfTheAnswersList() {
        // GIVEN three stars in one sentence, each named again later, so that each is a likely wrong choice
        List<BankQuestion> questions = generator.generate(List.of(NewsArticles.CAST)).questions();

        // THEN a question asking one of them from that sentence never offers the others: they star too
        List<BankQuestion> aStar = questions.stream().filter(q -> quote(q).equals(NewsArticles.CAST_LIST_SENTENCE)
                && NewsArticles.STARS.contains(q.answer())).toList();
        assertFalse(aStar.isEmpty(), questions.toString());
        for (BankQuestion question : aStar) {
            assertTrue(question.wrong().stream().noneMatch(NewsArticles.STARS::contains), question.toString());
        }
    }

    @Test
    void aSingersTourIsMusicNotSports() {
        List<BankQuestion> questions = generator.generate(List.of(NewsArticles.TOUR)).questions();

        assertFalse(questions.isEmpty());
        questions.forEach(q -> assertEquals("music", q.category(), q.toString()));
    }

    @Test
    @DisplayName("The moderator reads how many possible questions a story gave and where each one not kept went")
    void everyPossibleQuestionNotKeptIsCountedUnderWhy() {
        // GIVEN three stars in one sentence: asking one of them asks the list, the others are left out
        Generation generation = generator.generate(List.of(NewsArticles.CAST));

        // THEN one line for the story says how many it had, how many were kept, and why each other one was not
        String line = generation.skipped().stream().filter(l -> l.startsWith(NewsArticles.CAST.id() + ": "))
                .filter(l -> l.contains("possible question(s)")).findFirst().orElseThrow(() -> new AssertionError(
                        generation.skipped().toString()));
        Matcher counts = Pattern.compile(": (\\d+) possible question\\(s\\), (\\d+) kept; left out (.*)$")
                .matcher(line);
        assertTrue(counts.find(), line);
        assertTrue(counts.group(3).contains("another member of a list already asked"), line);
        int leftOut = Pattern.compile("(?:^|, )(\\d+) ").matcher(counts.group(3)).results()
                .mapToInt(m -> Integer.parseInt(m.group(1))).sum();
        assertEquals(Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)) + leftOut, line);
        assertEquals(generation.facts(), Integer.parseInt(counts.group(1)), line);
    }

    @Test
    void theSameStoriesAlwaysGiveTheSameQuestions() {
        List<BankArticle> stories = List.of(NewsArticles.CAST, NewsArticles.DEAL, NewsArticles.OTHER_PRICE);

        Generation first = generator.generate(stories);
        Generation again = new GenerateQuestions().generate(stories);

        assertFalse(first.questions().isEmpty());
        assertEquals(first.questions(), again.questions());
        assertEquals(first.conflicts(), again.conflicts());
        assertEquals(first.skipped(), again.skipped());
    }

    /**
     * The quote is a whole sentence of the text: it starts a line or follows a sentence's end, and ends one. The
     * footnote a player reads is the article's own sentence, not a piece of one.
     */
    static boolean isSentenceOf(String text, String quote) {
        int at = text.indexOf(quote);
        if (at < 0 || !Set.of('.', '!', '?', '"', '”', '’', ')').contains(quote.charAt(quote.length() - 1))) {
            return false;
        }
        String before = text.substring(0, at).stripTrailing();
        return before.isEmpty() || text.charAt(at - 1) == '\n'
                || ".!?\"”".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    static String quote(BankQuestion question) {
        return question.sources().stream().map(BankSource::quote).findFirst().orElse("");
    }

    static BankQuestion answering(List<BankQuestion> questions, String answer) {
        return questions.stream().filter(q -> q.answer().equals(answer)).findFirst()
                .orElseThrow(() -> new AssertionError("no question answered " + answer + " in " + questions));
    }
}
