package app.footnote.bank.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people of a story who make it rather than appear in it: creators, producers, directors, writers, executives.
 * To the models they are persons like the cast; as a wrong choice beside an actor they give the answer away.
 */
final class Roles {

    /** The kind of a person who makes things: wrong choices for one come from the same side. */
    static final String CREW = "PERSON:CREW";
    private static final Set<String> CREW_NOUNS = Set.of("creator", "co-creator", "producer", "director", "writer",
            "showrunner", "executive", "author", "novelist", "composer", "president", "ceo", "chairman", "chair",
            "founder", "spokesperson", "spokesman", "spokeswoman", "analyst", "editor", "chief", "head", "boss",
            "manager", "coach", "official", "minister", "senator", "referee", "umpire", "commissioner", "governor",
            "mayor", "secretary", "reporter", "correspondent", "journalist", "columnist", "lawyer", "attorney",
            "prosecutor", "agent", "owner", "chancellor", "trainer");
    /** Nouns of the people who make a show or a book: one kind among themselves, as {@link #CREW}. */
    private static final Set<String> MAKER_NOUNS = Set.of("creator", "co-creator", "producer", "director", "writer",
            "showrunner", "executive", "author", "novelist", "composer", "writer-producer");
    private static final Set<String> CREW_VERBS = Set.of("create", "produce", "direct", "write", "compose", "develop",
            "co-create", "pen", "helm", "say", "tell", "announce", "confirm");

    /** What an article calls its names ({@link #nouns}) and the organisations it names only inside a product's name. */
    record Called(java.util.Map<String, String> nouns, Set<String> parts) {
    }

    private Roles() {
    }

    /** The last names of the article's crew, as {@link Names#last} gives them. */
    static Set<String> crew(Parsed article) {
        Set<String> crew = new HashSet<>();
        for (Parsed.Line line : article.sentences()) {
            List<Parsed.Token> tokens = line.tokens();
            for (Parsed.Mention mention : line.mentions()) {
                if (!mention.type().equals("PERSON")) {
                    continue;
                }
                boolean titled = false;
                for (int i = Math.max(0, mention.first() - 3); i < Math.min(tokens.size(), mention.last() + 3); i++) {
                    titled |= !mention.covers(i) && CREW_NOUNS.contains(lemma(tokens.get(i)));
                }
                // "A, B and C are the creators", "created by A, B and C": the list's first name has the role.
                int named = mention.last() - 1;
                while (tokens.get(named).relation().startsWith("conj") && tokens.get(named).head() >= 0) {
                    named = tokens.get(named).head();
                }
                int head = tokens.get(named).head();
                String role = head >= 0 ? lemma(tokens.get(head)) : "";
                boolean subject = tokens.get(named).relation().startsWith("nsubj");
                boolean agent = byBefore(line, named);
                boolean maker = subject && (CREW_VERBS.contains(role) || CREW_NOUNS.contains(role))
                        || agent && CREW_VERBS.contains(role);
                if (titled || maker) {
                    crew.add(Names.last(mention.text()));
                }
            }
        }
        return crew;
    }

    /**
     * What the article calls each of its people and organisations: the common noun beside the name ("defender Willy
     * Boly", "telecommunications company Telesat", "CareFusion Corp, a maker of infusion pumps"), the first the article
     * gives. A wrong choice for a defender is another defender, not the striker or the team; keys are
     * {@link #nameKey}.
     */
    static java.util.Map<String, String> nouns(Parsed article) {
        java.util.Map<String, String> nouns = new java.util.HashMap<>();
        for (Parsed.Line line : article.sentences()) {
            List<Parsed.Token> tokens = line.tokens();
            for (Parsed.Mention mention : line.mentions()) {
                if (!Set.of("PERSON", "ORGANIZATION").contains(mention.type())) {
                    continue;
                }
                int head = headOf(line, mention);
                String noun = null;
                // The models tag a role word as a TITLE ("defender", "referee", "CEO"): the one right before a name.
                for (Parsed.Mention title : line.mentions()) {
                    if (title.type().equals("TITLE") && title.last() == mention.first()) {
                        noun = title.text().toLowerCase(Locale.ROOT);
                    }
                }
                for (int i = 0; i < tokens.size() && noun == null; i++) {
                    Parsed.Token token = tokens.get(i);
                    boolean beside = !mention.covers(i) && mention.covers(token.head())
                            && Set.of("compound", "appos").contains(token.relation());
                    if (beside && common(token)) {
                        noun = lemma(token);
                    }
                }
                if (noun == null && head >= 0 && Set.of("appos", "dep").contains(tokens.get(head).relation())
                        && tokens.get(head).head() >= 0 && common(tokens.get(tokens.get(head).head()))) {
                    noun = lemma(tokens.get(tokens.get(head).head()));
                }
                if (noun != null && !MAKER_NOUNS.contains(noun)) {
                    nouns.putIfAbsent(nameKey(mention.type(), mention.text()), noun);
                }
            }
        }
        return nouns;
    }

    /**
     * The organisations the article names only as a modifier of a thing ("Delta" of "its Delta 2 vehicle"): a piece
     * of a product's name, no company beside a company.
     */
    static Set<String> parts(Parsed article) {
        Set<String> modifiers = new HashSet<>();
        Set<String> standing = new HashSet<>();
        for (Parsed.Line line : article.sentences()) {
            for (Parsed.Mention mention : line.mentions()) {
                if (!mention.type().equals("ORGANIZATION")) {
                    continue;
                }
                int head = headOf(line, mention);
                Parsed.Token token = head < 0 ? null : line.tokens().get(head);
                boolean modifier = token != null && token.relation().equals("compound") && token.head() >= 0
                        && common(line.tokens().get(token.head()));
                (modifier ? modifiers : standing).add(Names.key(mention.text()));
            }
        }
        modifiers.removeAll(standing);
        return modifiers;
    }

    /** How {@link #nouns} keys a name: a person by the last word of the name, anything else by its whole name. */
    static String nameKey(String type, String text) {
        return type.equals("PERSON") ? Names.last(text) : Names.key(text);
    }

    /** The token of the mention that the rest of the sentence hangs it on, or -1. */
    private static int headOf(Parsed.Line line, Parsed.Mention mention) {
        for (int i = mention.first(); i < mention.last(); i++) {
            if (!mention.covers(line.tokens().get(i).head())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean common(Parsed.Token token) {
        return token.tag().startsWith("NN") && !token.tag().startsWith("NNP")
                && token.word().chars().allMatch(Character::isLetter);
    }

    /** Whether the name heads a "by" phrase ("created by Akiva Goldsman"). */
    private static boolean byBefore(Parsed.Line line, int name) {
        for (int i = 0; i < line.tokens().size(); i++) {
            Parsed.Token token = line.tokens().get(i);
            if (token.head() == name && token.relation().equals("case") && lemma(token).equals("by")) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(Parsed.Token token) {
        return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
