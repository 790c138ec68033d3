package app.footnote.bank.generate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.footnote.bank.generate.Regex.NAME;
import static app.footnote.bank.generate.Regex.NAME_LIST;
import static app.footnote.bank.generate.Regex.WORDS;

/** Who is in a work and who made it: cast lists, "created by", credit lines, and the outlets that reported on it. */
final class CreditPatterns implements FactPattern {

    private static final Pattern CAST_ITEM = Pattern.compile("^(?<actor>" + NAME + ") as (?<role>" + NAME
            + "(?: and " + NAME + ")?):?$");
    private static final Pattern REPRISING = Pattern.compile("(?<actor>" + NAME + ") reprising (?:his|her|their) role "
            + "as (?:.*?[ (])?(?:(?:Captain|Commander|Admiral|Doctor|Lieutenant|Ensign) )?(?<role>" + NAME
            + ")(?=[.,;:)]|$)");
    private static final Pattern STARS_AS = Pattern.compile("^(?<actor>" + NAME + ")(?:,| is| was)[^.;]*? stars? as "
            + "(?<role>" + NAME + ")");
    private static final Pattern[] STARRING = {
            Pattern.compile("(?<list>" + NAME_LIST + "),? (?:also )?star\\b"),
            Pattern.compile("played by actors (?:like|such as|including) (?<list>" + NAME_LIST + ")") };
    private static final Pattern[] RETURNING = {
            Pattern.compile("cast ?mates (?<list>" + NAME_LIST + ") will (?:also )?be making appearances"),
            Pattern.compile("(?:[Ss]everal|[Oo]ther) actors from previous [^,]+? (?:also )?reprise their roles, "
                    + "including (?<list>" + NAME_LIST + ")") };
    private static final Pattern[] CREATED = {
            Pattern.compile("created (?:for (?<service>" + WORDS + ") )?by (?<list>" + NAME_LIST + ")"),
            Pattern.compile("(?<list>" + NAME_LIST + ") (?:are|were) the creators of") };
    private static final String EXECUTIVE_PRODUCER = "(?<person>" + NAME + ") is (?:the|an) executive producer of WORK";
    private static final Pattern SHOWRUNNER = Pattern.compile("(?<person>" + NAME + ") (?<verb>will be stepping away|"
            + "is stepping down|will step down|will serve|serves) as showrunner (?:on|of|for) (?<season>"
            + Regex.SEASON + ")");
    private static final Pattern INTERVIEW = Pattern.compile("[Ii]n an interview with (?:the )?(?<outlet>" + WORDS
            + "), (?<person>" + NAME + ") (?:revealed|said|explained|told)");
    private static final Pattern REPORTING = Pattern.compile("^(?<outlet>" + WORDS + ") (?:is|was) reporting "
            + "(?:that )?(?<claim>[^.;,]+)");
    /** "Producer(s): A, B and C." and the like: a label, a colon, and the credited names. */
    private static final Pattern CREDIT = Pattern.compile("^(?<label>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\\(s\\))?: "
            + "(?<value>.+?)\\.?$");
    private static final Map<String, Relation> CREDITED = Map.of("Creator", Relation.CREATOR, "Director",
            Relation.DIRECTOR, "Producer", Relation.PRODUCER, "Writer", Relation.WRITER, "Music", Relation.COMPOSER,
            "Production", Relation.PRODUCTION_COMPANY, "Distributor", Relation.DISTRIBUTOR);
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,9}) minutes");

    @Override
    public void find(Found found) {
        String work = found.work();
        if (found.sentence().listItem()) {
            found.each(CAST_ITEM, m -> cast(found, m));
        }
        found.each(REPRISING, m -> cast(found, m));
        found.each(STARS_AS, m -> cast(found, m));
        for (Pattern starring : STARRING) {
            found.each(starring, m -> found.addAll(Relation.STARRING, work, people(Kind.ACTOR, m.group("list"))));
        }
        for (Pattern returning : RETURNING) {
            found.each(returning, m -> found.addAll(Relation.RETURNING_ACTOR, work,
                    people(Kind.ACTOR, m.group("list"))));
        }
        for (Pattern created : CREATED) {
            found.each(created, m -> found.addAll(Relation.CREATOR, work, people(Kind.PERSON, m.group("list"))));
        }
        found.each(found.context().withWork(EXECUTIVE_PRODUCER), m -> found.add(Relation.PRODUCER, work,
                Value.name(Kind.PERSON, m.group("person"))));
        found.each(SHOWRUNNER, m -> {
            String season = found.season(m.group("season"));
            if (season != null) {
                found.add(Relation.SHOWRUNNER, season, Value.name(Kind.PERSON, m.group("person")), "verb",
                        m.group("verb"));
            }
        });
        found.each(INTERVIEW, m -> {
            if (found.context().isOutlet(m.group("outlet"))) {
                found.add(Relation.INTERVIEWED_BY, m.group("person"), Value.name(Kind.OUTLET, m.group("outlet")));
            }
        });
        found.each(REPORTING, m -> {
            if (found.context().isOutlet(m.group("outlet"))) {
                found.add(Relation.REPORTED_BY, m.group("claim").strip(), Value.name(Kind.OUTLET, m.group("outlet")));
            }
        });
        found.each(CREDIT, m -> credit(found, m.group("label"), m.group("value")));
    }

    private static void cast(Found found, Matcher m) {
        found.add(Relation.CAST, Value.name(Kind.ACTOR, m.group("role")).text(),
                Value.name(Kind.ACTOR, m.group("actor")));
    }

    private static void credit(Found found, String label, String value) {
        String work = found.work();
        Relation relation = CREDITED.get(label);
        if (relation == Relation.PRODUCTION_COMPANY || relation == Relation.DISTRIBUTOR) {
            List<Value> companies = Regex.names(value).stream().map(name -> Value.name(Kind.COMPANY, name)).toList();
            found.addAll(relation, work, relation.list() ? companies : companies.stream().limit(1).toList());
        } else if (relation != null) {
            found.addAll(relation, work, people(Kind.PERSON, value));
        } else if (label.equals("Release Date")) {
            // A listing's release date is the date it first came out: the same fact as the premiere.
            Value.date(value).ifPresent(date -> found.add(Relation.PREMIERE_DATE, work, date));
        } else if (label.equals("Running Time")) {
            Matcher minutes = MINUTES.matcher(value);
            if (minutes.matches()) {
                found.add(Relation.RUNNING_TIME, work, Value.duration(Integer.parseInt(minutes.group(1)), "minutes"));
            }
        }
    }

    private static List<Value> people(Kind kind, String list) {
        return Regex.names(list).stream().map(name -> Value.name(kind, name)).toList();
    }
}
