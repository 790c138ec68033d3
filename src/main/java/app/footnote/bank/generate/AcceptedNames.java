package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.footnote.bank.BankValidator;
import app.footnote.bank.TextMatch;

/**
 * The other answers a typed answer may give for a person, taken from how the article itself names them: the surname
 * where the article calls them by it ("Stewart" for "Patrick Stewart"), the full name where the answer is the
 * surname. Never a form another person of the article or a wrong choice shares ("Stewart" beside "Kristen Stewart").
 */
final class AcceptedNames {

    private AcceptedNames() {
    }

    /**
     * @param people the article's mentions of people, as written
     */
    static List<String> of(String answer, String fineType, List<String> people, List<String> wrong) {
        if (!"PERSON".equals(fineType) || answer == null) {
            return List.of();
        }
        String surname = Names.last(answer);
        Set<String> fullNames = people.stream().filter(name -> Names.key(name).contains(" "))
                .filter(name -> Names.last(name).equals(surname)).map(Names::key).collect(Collectors.toSet());
        // Two people of one surname in the article (or among the choices): the surname alone names neither.
        if (fullNames.size() > 1 || wrong.stream().anyMatch(choice -> Names.last(choice).equals(surname))) {
            return List.of();
        }
        List<String> accepted = new ArrayList<>();
        if (Names.key(answer).contains(" ")) {
            people.stream().filter(name -> Names.key(name).equals(surname)).findFirst().ifPresent(accepted::add);
        } else {
            people.stream().filter(name -> fullNames.contains(Names.key(name))).findFirst().ifPresent(accepted::add);
        }
        return accepted.stream().filter(name -> name.length() <= BankValidator.MAX_CHOICE_LENGTH)
                .filter(name -> !TextMatch.sameChoice(name, answer)).toList();
    }
}
