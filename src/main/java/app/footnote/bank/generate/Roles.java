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
    private static final Set<String> CREW_VERBS = Set.of("create", "produce", "direct", "write", "compose", "develop",
            "co-create", "pen", "helm", "say", "tell", "announce", "confirm");

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
