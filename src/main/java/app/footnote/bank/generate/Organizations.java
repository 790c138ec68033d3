package app.footnote.bank.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sort of an organisation, read from its name: to the models a space agency, a newspaper, a bank and a company
 * are all organisations, but a bank offered as the buyer of a company, or a newspaper as a launch provider, is a
 * wrong choice nobody would pick.
 */
final class Organizations {

    static final String AGENCY = "ORG:AGENCY";
    static final String MEDIA = "ORG:MEDIA";
    static final String BANK = "ORG:BANK";
    static final String LEAGUE = "ORG:LEAGUE";
    static final String SCHOOL = "ORG:SCHOOL";
    static final String NETWORK = "ORG:NETWORK";
    /** A place an organisation runs: a space center, a station, a base. No agency or company beside them. */
    static final String FACILITY = "ORG:FACILITY";
    /** The start of the kind of an organisation named only inside a product's name: each is a kind of its own. */
    static final String PART = "ORG:PART:";
    /** Any other organisation: a company, a network, a team. */
    static final String OTHER = "ORG";

    private static final Map<String, Set<String>> LAST_WORDS = Map.of(
            AGENCY, Set.of("agency", "administration", "department", "ministry", "commission", "council", "program",
                    "programme", "office", "bureau", "authority", "organisation", "organization",
                    "parliament", "congress", "senate", "court", "police", "army", "navy", "force", "service",
                    "committee", "government"),
            FACILITY, Set.of("center", "centre", "station", "base", "laboratory", "observatory", "complex", "airport",
                    "stadium", "arena", "port", "range"),
            MEDIA, Set.of("times", "news", "post", "journal", "herald", "tribune", "gazette", "telegraph", "magazine",
                    "reporter", "press", "wire", "now", "daily", "chronicle", "observer", "review", "today"),
            BANK, Set.of("bank", "bancorp", "securities", "lynch", "sachs", "stanley", "citigroup", "barclays",
                    "suisse", "lazard", "evercore", "jpmorgan", "fortis", "chase", "citi", "rothschild"),
            LEAGUE, Set.of("league", "federation", "association", "tour", "confederation"),
            SCHOOL, Set.of("university", "college", "school", "institute", "academy"));
    private static final Map<String, Set<String>> KNOWN = Map.of(
            FACILITY, Set.of("iss"),
            AGENCY, Set.of("nasa", "noaa", "esa", "cnes", "jaxa", "isro", "roscosmos", "eumetsat", "faa", "fcc", "sec",
                    "fbi", "cia", "fda", "epa", "un", "nato", "eu", "who", "imf", "pentagon", "fed", "nsa", "dhs"),
            MEDIA, Set.of("reuters", "bloomberg", "ap", "afp", "marketwatch", "deadline", "variety", "thewrap",
                    "forbes", "cnbc", "sky sports", "espn", "politico", "axios", "the verge", "techcrunch",
                    "space com", "billboard", "comscore", "nielsen"),
            BANK, Set.of("ubs", "hsbc", "bnp paribas", "credit agricole", "goldman sachs", "morgan stanley"),
            LEAGUE, Set.of("wta", "atp", "fifa", "uefa", "nba", "nfl", "nhl", "mlb", "ncaa", "ioc", "premier league"));
    /** Well-known ones of each sort, for where the articles name too few. */
    static final Map<String, List<String>> WELL_KNOWN = Map.of(
            AGENCY, List.of("NASA", "ESA", "NOAA", "JAXA", "FAA", "FCC", "FDA", "EPA"),
            MEDIA,
            List.of("Reuters", "Bloomberg", "The Associated Press", "The New York Times", "The Wall Street Journal",
                    "Variety", "The Washington Post", "CNBC"),
            BANK, List.of("Goldman Sachs", "Morgan Stanley", "JPMorgan Chase", "Citigroup", "Barclays", "UBS",
                    "Deutsche Bank", "HSBC"),
            SCHOOL, List.of("Harvard University", "Stanford University", "MIT", "Oxford University",
                    "Cambridge University", "Yale University"),
            NETWORK, Networks.NAMES.subList(0, 16));

    /** Firms that advise on a deal: banks, lawyers. Beside the buyer or the bought they are no choice. */
    static final String ADVISER = "ORG:ADVISER";
    private static final Set<String> ADVISING = Set.of("adviser", "advisor", "advise", "counsel", "underwriter");

    private Organizations() {
    }

    /** The names ({@link Names#key}) of the organisations the article has advising: the sentence says so. */
    static Set<String> advisers(Parsed article) {
        Set<String> advisers = new java.util.HashSet<>();
        for (Parsed.Line line : article.sentences()) {
            boolean advising = line.tokens().stream().anyMatch(token -> ADVISING.contains(
                    (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT)));
            if (advising) {
                line.mentions().stream().filter(m -> m.type().equals("ORGANIZATION"))
                        .forEach(m -> advisers.add(Names.key(m.text())));
            }
        }
        return advisers;
    }

    /** The sort of the named organisation, {@link #OTHER} when its name tells none. */
    static String sortOf(String name) {
        // "Goldman Sachs & Co. LLC" is named by "Goldman Sachs".
        if (Networks.is(name)) {
            return NETWORK;
        }
        String key = Names.key(name).replaceAll("(?: (?:co|llc|inc|corp|corporation|plc|ltd|sa|ag|nv|group))+$", "");
        for (Map.Entry<String, Set<String>> known : KNOWN.entrySet()) {
            if (known.getValue().stream().anyMatch(k -> (" " + key + " ").contains(" " + k + " ") && k.length() > 3
                    || k.equals(key))) {
                return known.getKey();
            }
        }
        // "European Organisation for the Exploitation of …", "Bank of America": the noun before "of" or "for" says.
        String[] words = key.split(" (?:of|for) ")[0].split(" ");
        String last = words[words.length - 1];
        String first = words[0].toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Set<String>> ending : LAST_WORDS.entrySet()) {
            if (ending.getValue().contains(last)) {
                return ending.getKey();
            }
        }
        // "NASA Launch Services Program" ends like an agency; "NASA's Kennedy…" or "University of Tokyo" start like one.
        if (words.length > 1 && (KNOWN.get(AGENCY).contains(first) || first.equals("university"))) {
            return first.equals("university") ? SCHOOL : AGENCY;
        }
        return OTHER;
    }
}
