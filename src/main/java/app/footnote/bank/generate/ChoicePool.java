package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import app.footnote.bank.BankArticle;

/** Every value the articles name, with the article that names it: where wrong choices come from first. */
final class ChoicePool {

    record Entry(Value value, String articleId) {
    }

    /** Relations whose subject is the title of a film or series. */
    private static final Set<Relation> TITLED = Set.of(Relation.RELEASE_YEAR, Relation.RETURN_TO_TV_YEAR,
            Relation.SETTING_GAP);
    private static final Pattern COLON_TITLE = Pattern.compile(Regex.COLON_TITLE);
    private static final Pattern PLANET = Pattern.compile("\\bthe planet (" + Regex.WORDS + ")");

    private final List<Entry> entries = new ArrayList<>();

    ChoicePool(List<BankArticle> articles, List<Fact> facts) {
        for (Fact fact : facts) {
            fact.values().forEach(value -> entries.add(new Entry(value, fact.articleId())));
            if (TITLED.contains(fact.relation())) {
                String title = fact.slots().getOrDefault("title", fact.subject());
                entries.add(new Entry(Value.name(Kind.TITLE, title), fact.articleId()));
            }
        }
        for (BankArticle article : articles) {
            if (article.cites() != null) {
                article.cites().forEach(outlet -> entries.add(new Entry(Value.name(Kind.OUTLET, outlet),
                        article.id())));
            }
            Gazetteer.NAMES.forEach((kind, names) -> names.stream().filter(name -> mentions(article.text(), name))
                    .forEach(name -> entries.add(new Entry(Value.name(kind, name), article.id()))));
            COLON_TITLE.matcher(Found.plainSpaces(article.text())).results()
                    .forEach(m -> entries.add(new Entry(Value.name(Kind.TITLE, m.group()), article.id())));
            PLANET.matcher(Found.plainSpaces(article.text())).results()
                    .forEach(m -> entries.add(new Entry(Value.name(Kind.PLANET, m.group(1)), article.id())));
        }
    }

    List<Entry> entries() {
        return entries;
    }

    private static boolean mentions(String text, String name) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text).find()
                && !name.toLowerCase(Locale.ROOT).equals(name);
    }
}
