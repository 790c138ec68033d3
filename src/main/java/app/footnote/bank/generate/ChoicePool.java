package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


/** Every value the articles name, with the article that names it: where wrong choices come from first. */
final class ChoicePool {

    record Entry(Value value, String articleId) {
    }

    /** Relations whose subject is the title of a film or series. */
    private static final Set<Relation> TITLED = Set.of(Relation.RELEASE_YEAR, Relation.RETURN_TO_TV_YEAR,
            Relation.SETTING_GAP);
    private static final Pattern COLON_TITLE = Pattern.compile(Regex.COLON_TITLE);
    /** Each well-known name, as a whole word. */
    private static final Map<Value, Pattern> MENTIONS = mentions();
    private static final Pattern PLANET = Pattern.compile("\\bthe planet (" + Regex.WORDS + ")");

    private final List<Entry> entries = new ArrayList<>();

    ChoicePool(List<ArticleContext> contexts, List<Fact> facts) {
        for (Fact fact : facts) {
            fact.values().forEach(value -> entries.add(new Entry(value, fact.articleId())));
            if (TITLED.contains(fact.relation())) {
                String title = fact.slots().getOrDefault("title", fact.subject());
                entries.add(new Entry(Value.name(Kind.TITLE, title), fact.articleId()));
            }
        }
        for (ArticleContext context : contexts) {
            String id = context.article().id();
            context.outlets().forEach(outlet -> entries.add(new Entry(Value.name(Kind.OUTLET, outlet), id)));
            MENTIONS.forEach((value, mention) -> {
                if (mention.matcher(context.text()).find()) {
                    entries.add(new Entry(value, id));
                }
            });
            COLON_TITLE.matcher(context.text()).results()
                    .forEach(m -> entries.add(new Entry(Value.name(Kind.TITLE, m.group()), id)));
            PLANET.matcher(context.text()).results()
                    .forEach(m -> entries.add(new Entry(Value.name(Kind.PLANET, m.group(1)), id)));
        }
    }

    List<Entry> entries() {
        return entries;
    }

    private static Map<Value, Pattern> mentions() {
        Map<Value, Pattern> mentions = new LinkedHashMap<>();
        Gazetteer.NAMES.forEach((kind, names) -> names.forEach(name -> mentions.put(Value.name(kind, name),
                Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])"))));
        return mentions;
    }
}
