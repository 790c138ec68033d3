package app.footnote.bank.generate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.footnote.bank.generate.Regex.NAME;
import static app.footnote.bank.generate.Regex.TITLE;
import static app.footnote.bank.generate.Regex.WORDS;

/** When and where a story is set, and the places, ships and organisations it names. */
final class StoryPatterns implements FactPattern {

    private static final Pattern YEARS_AFTER = Pattern.compile("(?:[Ss]et|takes place|is set)(?: at [^,]*,)? "
            + "(?:about |some |around |roughly )?(?<n>" + Numbers.CARDINAL + ") years after the events "
            + "(?:of|seen in|in) "
            + "(?:(?<year>\\d{4})'s )?(?<title>" + TITLE + ")");
    private static final Pattern CENTURY = Pattern.compile("[Ss]et (?:at|in|during|towards) (?:the (?:end|start|"
            + "beginning|middle|turn) of )?the (?<n>\\d{1,2})(?:st|nd|rd|th) century");
    private static final Pattern RETURN = Pattern.compile("(?<who>[Tt]he \\p{Ll}+|" + NAME + ") makes? a return to "
            + "the (?<where>screen|small screen|big screen) after (?<n>" + Numbers.CARDINAL + ") years");
    private static final Pattern BREAK = Pattern.compile("\\b[Aa]n? (?<n>" + Numbers.CARDINAL + ")[- ]year break after "
            + "(?<what>" + WORDS + ") (?<verb>concluded|ended)");
    private static final Pattern RETIREMENT = Pattern.compile("living in retirement (?:on|at|in) (?:his|her|their) "
            + "(?:family[’']s )?(?<what>\\p{Ll}+) in (?<place>" + WORDS + ")");
    private static final Pattern PLANET_EVENT = Pattern.compile("^(?<who>" + NAME + ")\\b[^.]*? to the planet "
            + "(?<planet>" + WORDS + "), where (?:he|she|they) (?<did>\\p{Ll}+ed\\b[^.;]*)");
    private static final Pattern DESTROYED = Pattern.compile("destruction of the planet (?<planet>" + WORDS + ")(?:,? "
            + "which occurred)? in the (?:(?<year>\\d{4}) )?(?:film|movie) (?<title>" + TITLE + ")(?: \\((?<year2>"
            + "\\d{4})\\))?");
    private static final Pattern BEAM = Pattern.compile("^(?<who>" + NAME + "(?: and " + NAME + ")?) beams? "
            + "(?<dir>up|over|down) to (?<ship>" + WORDS + ")");
    private static final Pattern DESCRIBED = Pattern.compile("\\bthe (?<name>" + WORDS + "), (?<desc>\\p{Ll}+ "
            + "\\p{Ll}+s) who (?<did>\\p{Ll}+ [^,.;]+)");
    private static final Pattern FIRST_NAME = Pattern.compile(NAME);

    @Override
    public void find(Found found) {
        found.each(YEARS_AFTER, m -> Numbers.cardinal(m.group("n")).ifPresent(n -> found.add(Relation.SETTING_GAP,
                Value.name(Kind.TITLE, m.group("title")).text(), Value.duration(n, "years"))));
        found.each(CENTURY, m -> found.add(Relation.SETTING_CENTURY, found.work(),
                Value.century(Integer.parseInt(m.group("n")))));
        found.each(RETURN, m -> Numbers.cardinal(m.group("n")).ifPresent(n -> found.add(Relation.RETURN_GAP,
                ReleasePatterns.lowerArticle(m.group("who")), Value.duration(n, "years"), "where", m.group("where"))));
        found.each(BREAK, m -> Numbers.cardinal(m.group("n")).ifPresent(n -> found.add(Relation.BREAK_LENGTH,
                m.group("what"), Value.duration(n, "years"), "verb", m.group("verb"))));
        found.each(RETIREMENT, m -> Gazetteer.place(m.group("place")).ifPresent(place -> who(found)
                .ifPresent(who -> found.add(Relation.RETIREMENT_PLACE, who, place, "what", m.group("what")))));
        found.each(PLANET_EVENT, m -> found.add(Relation.PLANET_EVENT, m.group("who"),
                Value.name(Kind.PLANET, m.group("planet")), "did", m.group("did").strip()));
        found.each(DESTROYED, m -> {
            String year = m.group("year") != null ? m.group("year") : m.group("year2");
            String film = "the " + (year == null ? "" : year + " ") + "film "
                    + Value.name(Kind.TITLE, m.group("title")).text();
            found.add(Relation.DESTROYED_PLANET, film, Value.name(Kind.PLANET, m.group("planet")));
        });
        found.each(BEAM, m -> found.add(Relation.SHIP_BOARDED, m.group("who"), Value.name(Kind.SHIP, m.group("ship")),
                "dir", m.group("dir")));
        found.each(DESCRIBED, m -> found.add(Relation.ORGANISATION_DESCRIBED, m.group("desc") + " " + m.group("did"),
                Value.name(Kind.ORGANISATION, m.group("name")), "desc", m.group("desc"), "did", m.group("did")));
    }

    /** Who the sentence is about: the work's namesake if it says so ("finds its namesake"), else its first name. */
    private static Optional<String> who(Found found) {
        String work = found.work();
        if (found.text().contains("namesake")) {
            return Optional.of(work.contains(": ") ? work.substring(work.indexOf(": ") + 2) : work);
        }
        Matcher name = FIRST_NAME.matcher(found.text());
        return name.find() ? Optional.of(name.group()) : Optional.empty();
    }
}
