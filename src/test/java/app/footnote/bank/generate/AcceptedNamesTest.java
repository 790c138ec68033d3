package app.footnote.bank.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which other typed answers the generator accepts for a person, from how the article names them. */
class AcceptedNamesTest {

    private static final List<String> WRONG = List.of("Jonathan Frakes", "Brent Spiner", "Michelle Hurd");

    @Test
    void aPersonTheArticleCallsBySurnameIsAcceptedBySurname() {
        List<String> people = List.of("Patrick Stewart", "Alex Kurtzman", "Stewart", "Kurtzman");

        assertEquals(List.of("Stewart"), AcceptedNames.of("Patrick Stewart", "PERSON", people, WRONG));
    }

    @Test
    void aSurnameTheArticleNeverUsesAloneIsNotAccepted() {
        List<String> people = List.of("Patrick Stewart", "Alex Kurtzman", "Kurtzman");

        assertEquals(List.of(), AcceptedNames.of("Patrick Stewart", "PERSON", people, WRONG));
    }

    @Test
    void anAnswerThatIsASurnameAcceptsTheFullNameTheArticleGives() {
        List<String> people = List.of("Patrick Stewart", "Stewart");

        assertEquals(List.of("Patrick Stewart"), AcceptedNames.of("Stewart", "PERSON", people, WRONG));
    }

    @Test
    void aSurnameTwoPeopleShareIsNotAccepted() {
        List<String> inTheArticle = List.of("Patrick Stewart", "Kristen Stewart", "Stewart");
        List<String> amongTheChoices = List.of("Kristen Stewart", "Brent Spiner", "Michelle Hurd");

        assertEquals(List.of(), AcceptedNames.of("Patrick Stewart", "PERSON", inTheArticle, WRONG));
        assertEquals(List.of(),
                AcceptedNames.of("Patrick Stewart", "PERSON", List.of("Patrick Stewart", "Stewart"), amongTheChoices));
    }

    @Test
    void onlyAPersonIsAcceptedByPartOfTheName() {
        List<String> people = List.of("Stewart");

        assertEquals(List.of(), AcceptedNames.of("Stewart Street", "LOCATION", people, WRONG));
        assertEquals(List.of(), AcceptedNames.of("Stewart Holdings", "ORGANIZATION", people, WRONG));
    }
}
