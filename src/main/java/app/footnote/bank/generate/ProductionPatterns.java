package app.footnote.bank.generate;

import java.util.regex.Pattern;

import static app.footnote.bank.generate.Regex.MONEY;
import static app.footnote.bank.generate.Regex.MONTH_YEAR;
import static app.footnote.bank.generate.Regex.WORDS;

/** Money a production was given, when and where it was filmed, and when it was first talked about. */
final class ProductionPatterns implements FactPattern {

    private static final String ALLOCATED = "(?<who>[Ss]eason \\d+|WORK) has (?:already )?been (?<verb>allocated|"
            + "granted|awarded|given) (?<amount>" + MONEY + ") in (?<what>[\\p{L} ]+?)(?= for |[,.;])";
    /** "... more than season 1 was granted last year ($15.6 million)": the same kind of money, for another subject. */
    private static final Pattern COMPARED = Pattern.compile("than (?<who>[Ss]eason \\d+) was (?<verb>granted|"
            + "allocated|awarded|given)[^(.;]*\\((?<amount>" + MONEY + ")\\)");
    private static final Pattern FILMING = Pattern.compile("(?:Filming|Shooting|Principal photography) (?:began|"
            + "started|got underway) (?:in (?<place>" + WORDS + ") )?in (?<month>" + MONTH_YEAR + ")");
    private static final Pattern RUMOURS = Pattern.compile("Rumou?rs began to circulate in (?<month>" + MONTH_YEAR
            + ")");

    @Override
    public void find(Found found) {
        String[] what = new String[1];
        found.each(found.context().withWork(ALLOCATED), m -> Value.money(m.group("amount"))
                .ifPresent(money -> {
                    what[0] = m.group("what");
                    found.add(Relation.MONEY, subject(found, m.group("who")), money, "verb", m.group("verb"), "what",
                            what[0]);
                }));
        if (what[0] != null) {
            found.each(COMPARED, m -> Value.money(m.group("amount")).ifPresent(money -> found.add(Relation.MONEY,
                    subject(found, m.group("who")), money, "verb", m.group("verb"), "what", what[0])));
        }
        found.each(FILMING, m -> {
            Value.month(m.group("month")).ifPresent(month -> found.add(Relation.FILMING_START, found.work(), month));
            if (m.group("place") != null) {
                Gazetteer.place(m.group("place")).ifPresent(place -> found.add(Relation.FILMING_PLACE, found.work(),
                        place));
            }
        });
        found.each(RUMOURS, m -> Value.month(m.group("month")).ifPresent(month -> found.add(Relation.RUMOURS_START,
                found.work(), month)));
    }

    private static String subject(Found found, String who) {
        String season = found.season(who);
        return season != null ? season : found.workOr(who);
    }
}
