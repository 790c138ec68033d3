package app.footnote.bank.generate;

import java.util.List;

import app.footnote.bank.BankArticle;

/** Small articles written for the generator's tests, about a show that does not exist. */
final class Articles {

    static final String WORK = "Galaxy Quest: Rebirth";

    private Articles() {
    }

    static BankArticle article(String id, String text) {
        return new BankArticle(id, "About " + id, null, null, List.of("Deadline", "Variety", "The Wrap"),
                "Galaxy Quest: Rebirth is news. Galaxy Quest: Rebirth again.\n" + text);
    }

    /** The facts of one article, as "relation(subject) = value". */
    static List<String> facts(String text) {
        return new GenerateQuestions().read(article("a", text)).stream().map(Fact::toString).toList();
    }
}
