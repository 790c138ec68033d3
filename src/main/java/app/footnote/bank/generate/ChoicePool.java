package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.EnumMap;
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

    /** The entries by the {@link Kind#family()} of their kind. */
    private final Map<Kind, List<Entry>> byFamily = new EnumMap<>(Kind.class);

    ChoicePool(List<ArticleContext> contexts, List<Fact> facts) {
        for (Fact fact : facts) {
            fact.values().forEach(value -> add(value, fact.articleId()));
            if (TITLED.contains(fact.relation())) {
                String title = fact.slots().getOrDefault("title", fact.subject());
                add(Value.name(Kind.TITLE, title), fact.articleId());
            }
        }
        for (ArticleContext context : contexts) {
            String id = context.article().id();
            context.outlets().forEach(outlet -> add(Value.name(Kind.OUTLET, outlet), id));
            MENTIONS.forEach((value, mention) -> {
                // The plain search first: it is much quicker than the pattern, which most names do not need.
                if (context.text().contains(value.text()) && mention.matcher(context.text()).find()) {
                    add(value, id);
                }
            });
            COLON_TITLE.matcher(context.text()).results()
                    .forEach(m -> add(Value.name(Kind.TITLE, m.group()), id));
            PLANET.matcher(context.text()).results()
                    .forEach(m -> add(Value.name(Kind.PLANET, m.group(1)), id));
        }
    }

    /** The entries whose kind is of this {@link Kind#family()}: the only ones a wrong choice can be. */
    List<Entry> ofFamily(Kind family) {
        return byFamily.getOrDefault(family, List.of());
    }

    private void add(Value value, String articleId) {
        byFamily.computeIfAbsent(value.kind().family(), family -> new ArrayList<>()).add(new Entry(value, articleId));
    }

    private static Map<Value, Pattern> mentions() {
        Map<Value, Pattern> mentions = new LinkedHashMap<>();
        Gazetteer.NAMES.forEach((kind, names) -> names.forEach(name -> mentions.put(Value.name(kind, name),
                Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])"))));
        return mentions;
    }
}
