package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.footnote.bank.TextMatch;

/**
 * The questions one sentence gives. Its root clause is read from the parse: when the clause's subject is a person or
 * an organisation, the subject is asked for ("Who has signed on to star in the Perry Mason limited series?"); any
 * other named value of it is blanked out of the sentence ("Merck agreed to buy Versum Materials for _____."). A
 * question must name what it asks about: a prompt still leaning on "he", "it" or "the series" is dropped, unless the
 * pronoun is the clause's subject and the sentences before name the person it stands for.
 */
final class AskSentence {

    static final String BLANK = "_____";
    /** The longest prompt written: a longer sentence is no question a player reads in the time a round gives. */
    static final int MAX_PROMPT = 240;
    /** Named values a question may ask for, by CoreNLP type. */
    private static final Set<String> ASKABLE = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "NATIONALITY", "MONEY", "PERCENT", "NUMBER", "ORDINAL", "DATE", "TIME", "DURATION",
            "MISC", "SCORE", ReadArticle.CHARACTER);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its",
            "their", "hers", "theirs", "we", "us", "our", "i", "me", "my", "you", "your", "this", "these", "those");
    /** Nouns that stand for something named elsewhere when they follow "the" ("the series", "the company"). */
    private static final Set<String> REFERRING = Set.of("series", "show", "film", "movie", "project", "company",
            "deal", "team", "club", "player", "match", "rocket", "satellite", "agency", "network", "firm", "group",
            "book", "novel", "episode", "drama", "comedy", "game", "tournament", "mission", "offer", "acquisition",
            "merger", "transaction", "contract", "character", "actor", "actress", "star", "season", "spacecraft",
            "vehicle", "booster", "streamer", "studio", "sequel", "business", "companies", "pair", "duo", "champion",
            "winner", "news", "report", "statement", "move", "plan", "event", "final", "race", "campaign", "bill");
    private static final Set<String> OPENERS = Set.of("and", "but", "so", "also", "however", "meanwhile", "still",
            "now", "then", "plus", "yet", "instead", "additionally", "further", "furthermore");
    private static final Set<String> SAYING = Set.of("say", "accord", "report", "tell", "add", "note", "write",
            "announce", "confirm");
    private static final Set<String> RESULTS = Set.of("beat", "defeat", "win", "lose", "draw", "edge", "rout",
            "thrash", "trounce", "victory", "loss", "triumph", "down", "overcome", "sweep", "upset", "hammer", "crush",
            "outlast", "outscore", "scoreline", "score", "final", "result");
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "MISC", "NATIONALITY", ReadArticle.CHARACTER);

    private final String articleId;
    private final Beat beat;

    AskSentence(String articleId, Beat beat) {
        this.articleId = articleId;
        this.beat = beat;
    }

    /**
     * The names the sentences before stand for: the person and the organisation last named, for a "he" or an "it"
     * that the sentence itself does not name.
     */
    record Antecedents(String person, String organization, String work) {
    }

    List<Candidate> ask(Parsed.Line line, Antecedents before) {
        List<Parsed.Token> tokens = line.tokens();
        if (!hasVerb(line)) {
            return castLine(line, before.work());
        }
        if (tokens.size() < 6 || line.text().endsWith("?") || line.root() < 0 || !hasVerb(line) || quoted(line)) {
            return List.of();
        }
        int head = mainClause(line);
        int start;
        int end;
        if (head == line.root() || !tokens.get(line.root()).tag().startsWith("VB")) {
            start = clauseStart(line);
            end = clauseEnd(line, start, line.tokens().size());
        } else {
            int[] span = line.span(head);
            start = span[0];
            end = span[1];
            while (start < end && (tokens.get(start).relation().equals("mark") || tokens.get(start).word()
                    .equals(","))) {
                start++;
            }
            while (end > start && (tokens.get(end - 1).tag().equals(".") || tokens.get(end - 1).word().equals(","))) {
                end--;
            }
            end = clauseEnd(line, start, end);
        }
        if (end - start < 5) {
            return List.of();
        }
        Map<Integer, String> resolved = resolve(line, start, end, before);
        int subject = line.subjectOf(head);
        int[] subjectSpan = subject < 0 ? null : line.span(subject);
        String verb = tokens.get(head).lemma().toLowerCase(Locale.ROOT);
        List<Candidate> candidates = new ArrayList<>();
        Parsed.Mention asked = null;
        // Who did it: the subject, when it opens the clause and is one person or organisation.
        if (subjectSpan != null && subjectSpan[0] == start && subject < head && tokens.get(head).tag().startsWith("VB")
                && subjectSpan[1] < end && !Set.of(",", "and", "or", "&").contains(tokens.get(subjectSpan[1])
                        .word())) {
            String answer = null;
            String type = null;
            Parsed.Mention named = onlyName(line, subjectSpan);
            if (resolved.containsKey(subject) && subjectSpan[1] == subject + 1 && tokens.get(subject).tag()
                    .startsWith("PRP") && !resolved.get(subject).equals(tokens.get(subject).word())) {
                answer = resolved.get(subject).replaceFirst("'s$", "");
                type = tokens.get(subject).word().equalsIgnoreCase("it") ? "ORGANIZATION" : "PERSON";
            } else if (named != null && named.last() == subjectSpan[1]) {
                asked = named;
                answer = named.text();
                type = named.type();
            }
            boolean[] keep = range(tokens.size(), subjectSpan[1], end);
            if (answer != null && prune(line, keep, -1, resolved) && kept(keep) >= MIN_WORDS
                    && !pointsBack(line, keep, resolved)) {
                String prompt = wh(type, answer) + " " + text(line, keep, -1, -1, resolved) + "?";
                if (!TextMatch.containsAnswer(prompt, answer)) {
                    candidates.add(candidate(line, prompt, answer, type, verb, keep, -1));
                } else {
                    asked = null;
                }
            } else {
                asked = null;
            }
        }
        for (Parsed.Mention mention : line.mentions()) {
            if (!ASKABLE.contains(mention.type()) || mention.first() < start || mention.last() > end
                    || mention == asked || !worthAsking(line, mention) || partOfName(line, mention)
                    || inTitle(line, mention, before.work())) {
                continue;
            }
            if (rewritten(line, mention, resolved)) {
                continue;
            }
            boolean[] keep = range(tokens.size(), start, end);
            if (!prune(line, keep, mention.first(), resolved)
                    || !namesSomething(line, keep, mention) || kept(keep) < MIN_WORDS + 1
                    || Set.of("PERSON", "ORGANIZATION").contains(mention.type())
                            && standsFor(line, keep, resolved, subject, mention)) {
                continue;
            }
            String prompt = text(line, keep, mention.first(), mention.last(), resolved);
            prompt = Character.toUpperCase(prompt.charAt(0)) + prompt.substring(1);
            if (!prompt.endsWith(".") && !prompt.endsWith("!")) {
                prompt += ".";
            }
            if (TextMatch.containsAnswer(prompt, mention.text()) || (" " + Names.key(prompt) + " ").contains(" "
                    + Names.key(mention.text()) + " ")) {
                continue;
            }
            candidates.add(candidate(line, prompt, mention.text(), mention.type(), verb, keep, mention.first()));
        }
        // The footnote quotes the sentence, which must show the answer as the question gives it.
        return candidates.stream().filter(c -> c.prompt().length() <= MAX_PROMPT
                && TextMatch.containsAnswer(line.text(), c.answer())).toList();
    }

    /**
     * A pronoun left as the article wrote it because the sentence named its person before: in a "Who …?" that name is
     * the answer taken out, and "joining her" would point at nobody.
     */
    private static boolean pointsBack(Parsed.Line line, boolean[] keep, Map<Integer, String> resolved) {
        return pointsBack(line, keep, resolved, 0);
    }

    /**
     * Whether a pronoun of the prompt stands for the blanked name: the clause's subject when that is a person before
     * it ("Emma Stone will star …, with Ryan Gosling joining her"), else the name last before it.
     */
    private static boolean standsFor(Parsed.Line line, boolean[] keep, Map<Integer, String> resolved, int subject,
            Parsed.Mention blanked) {
        Parsed.Mention subjectName = subject < 0 ? null : line.mentionAt(subject);
        for (int i = blanked.last(); i < keep.length; i++) {
            Parsed.Token token = line.tokens().get(i);
            if (!keep[i] || !token.tag().startsWith("PRP") || !token.word().equals(resolved.get(i))) {
                continue;
            }
            String type = PERSONAL.contains(lower(token)) ? "PERSON" : "ORGANIZATION";
            String antecedent = subjectName != null && subjectName.type().equals(type) && subjectName.last() <= i
                    ? subjectName.text() : nearest(line, i, type);
            if (blanked.text().equals(antecedent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pointsBack(Parsed.Line line, boolean[] keep, Map<Integer, String> resolved, int from) {
        for (int i = from; i < keep.length; i++) {
            Parsed.Token token = line.tokens().get(i);
            if (keep[i] && token.tag().startsWith("PRP") && token.word().equals(resolved.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The fewest tokens a prompt keeps besides its wh-word: "Who dropped serve?" says too little to answer. */
    static final int MIN_WORDS = 5;

    private static int kept(boolean[] keep) {
        int count = 0;
        for (boolean kept : keep) {
            count += kept ? 1 : 0;
        }
        return count;
    }

    private static boolean[] range(int size, int from, int to) {
        boolean[] keep = new boolean[size];
        java.util.Arrays.fill(keep, from, to, true);
        return keep;
    }

    /**
     * Leaves out of the prompt brackets that do not hold the answer. False when a "the series" or a pronoun that
     * stands for nothing named is in what is left. (Cutting clauses, to shorten a prompt or to lose what it leans on,
     * garbled too many sentences: such a sentence gives no question.)
     */
    private static boolean prune(Parsed.Line line, boolean[] keep, int answerFrom, Map<Integer, String> resolved) {
        List<Parsed.Token> tokens = line.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (keep[i] && tokens.get(i).word().equals("(")) {
                int close = i;
                while (close < tokens.size() && !tokens.get(close).word().equals(")")) {
                    close++;
                }
                if (close == tokens.size()) {
                    return false;
                }
                if (!(answerFrom >= i && answerFrom < close)) {
                    java.util.Arrays.fill(keep, i, close + 1, false);
                }
            }
        }
        for (int bad : unresolved(line, keep, resolved)) {
            if (keep[bad]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cast list's line, "• Alison Pill as Agnes Jurati": who plays the character. Such lines have no verb, and news
     * stories about a series list their cast this way.
     */
    private List<Candidate> castLine(Parsed.Line line, String work) {
        List<Parsed.Token> tokens = line.tokens();
        int at = 0;
        while (at < tokens.size() && !Character.isLetter(tokens.get(at).word().charAt(0))) {
            at++;
        }
        Parsed.Mention actor = line.mentionAt(at);
        if (actor == null || !actor.type().equals("PERSON") || actor.first() != at || actor.last() >= tokens.size()
                || !lower(tokens.get(actor.last())).equals("as")) {
            return List.of();
        }
        int end = tokens.size();
        while (end > actor.last() + 1 && !Character.isLetterOrDigit(tokens.get(end - 1).word().charAt(0))) {
            end--;
        }
        if (end - actor.last() < 2 || end - actor.last() > 8) {
            return List.of();
        }
        String character = line.text().substring(tokens.get(actor.last() + 1).begin() - line.begin(),
                tokens.get(end - 1).end() - line.begin());
        if (!Character.isUpperCase(character.charAt(0))) {
            return List.of();
        }
        String prompt = "Who plays " + character + (work == null ? "" : " in " + work) + "?";
        boolean[] keep = range(tokens.size(), actor.last() + 1, end);
        return List.of(candidate(line, prompt, actor.text(), "PERSON", "play", keep, -1));
    }

    /** The clause a sentence states: its root, or what the root reports ("…, the company said"). */
    private static int mainClause(Parsed.Line line) {
        int root = line.root();
        boolean nominal = !line.tokens().get(root).tag().startsWith("VB");
        if (!nominal && !SAYING.contains(line.tokens().get(root).lemma().toLowerCase(Locale.ROOT))) {
            return root;
        }
        // "Star Trek: Picard premieres…" parses as the title with the clause beside it.
        for (int i = 0; i < line.tokens().size(); i++) {
            Parsed.Token token = line.tokens().get(i);
            if (token.head() == root && (token.relation().equals("ccomp") || token.relation().equals("parataxis"))
                    && token.tag().startsWith("VB")) {
                return i;
            }
        }
        return root;
    }

    /**
     * What the pronouns of the clause stand for, by token: "it" for the organisation, "he" for the person last
     * named before it; "the company" for the organisation. A pronoun that stands for nothing named is left out.
     */
    private static Map<Integer, String> resolve(Parsed.Line line, int from, int to, Antecedents before) {
        Map<Integer, String> resolved = new HashMap<>();
        List<Parsed.Token> tokens = line.tokens();
        for (int i = from; i < to; i++) {
            Parsed.Token token = tokens.get(i);
            String word = lower(token);
            boolean possessive = token.tag().equals("PRP$");
            String type = PERSONAL.contains(word) ? "PERSON" : word.equals("it") || word.equals("its")
                    ? "ORGANIZATION" : null;
            if (token.tag().startsWith("PRP") && type != null && !capitalizedName(line, i)) {
                if (nearestFrom(line, from, i, type) != null) {
                    // The prompt names the person or organisation before the pronoun: a reader resolves it as well.
                    resolved.put(i, token.word());
                    continue;
                }
                // Across sentences only to the one the sentence before was about, and only when this sentence names
                // no other first: "she" after two players is no one in particular.
                String speaker = fullest(speaker(line, i, type), type.equals("PERSON") ? before.person()
                        : before.organization());
                String named = speaker != null ? speaker
                        : nearest(line, i, type) != null ? null
                                : type.equals("PERSON") ? before.person() : before.organization();
                if (named != null) {
                    resolved.put(i, possessive || word.equals("his") ? named + "'s" : named);
                }
            } else if (COMPANY.contains(word) && i > from && lower(tokens.get(i - 1)).equals("the")
                    && before.organization() != null && !(i + 1 < to && lower(tokens.get(i + 1)).equals("of"))) {
                resolved.put(i - 1, "");
                resolved.put(i, before.organization());
            } else if (word.equals("season") && before.work() != null && !ofSomething(line, i)
                    && (token.word().equals("season") || i + 1 < to && tokens.get(i + 1).tag().equals("CD"))) {
                // "Season 2" of the work the story is about.
                if (i + 1 < to && tokens.get(i + 1).tag().equals("CD") && tokens.get(i + 1).head() == i) {
                    resolved.put(i + 1, tokens.get(i + 1).word() + " of " + before.work());
                    resolved.put(i, token.word());
                } else if (!(i + 1 < to && tokens.get(i + 1).tag().startsWith("NN"))) {
                    resolved.put(i, token.word() + " of " + before.work());
                }
            } else if (WORKS.contains(word) && before.work() != null && token.tag().startsWith("NN")
                    && !token.tag().startsWith("NNP") && referring(line, i) && !hasModifier(line, i)
                    && !token.relation().equals("compound") && !(i + 1 < tokens.size()
                            && Character.isUpperCase(tokens.get(i + 1).word().charAt(0)))) {
                // "The series", "the new show": the work the article is about, named.
                int det = i;
                while (det > from && tokens.get(det - 1).head() == i && Set.of("det", "amod", "compound", "nmod:poss")
                        .contains(tokens.get(det - 1).relation())) {
                    resolved.put(--det, "");
                }
                resolved.put(i, token.tag().equals("NNS") ? null : before.work());
                if (resolved.get(i) == null) {
                    resolved.remove(i);
                }
            }
        }
        return resolved;
    }

    /**
     * Who a pronoun of reported speech is: "Becton said on Sunday it would pay …", "Merck announced it has signed …"
     * — the one saying it, when the pronoun is the subject of what is said and the sayer is named and of its type.
     */
    private static String speaker(Parsed.Line line, int pronoun, String type) {
        List<Parsed.Token> tokens = line.tokens();
        int clause = tokens.get(pronoun).head();
        if (!tokens.get(pronoun).relation().startsWith("nsubj") || clause < 0
                || !tokens.get(clause).relation().equals("ccomp")) {
            return null;
        }
        int saying = tokens.get(clause).head();
        if (saying < 0 || !(SAYING.contains(tokens.get(saying).lemma().toLowerCase(Locale.ROOT))
                || Set.of("announce", "state", "disclose", "reveal", "claim", "insist", "expect")
                        .contains(tokens.get(saying).lemma().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        int sayer = line.subjectOf(saying);
        Parsed.Mention named = sayer < 0 ? null : line.mentionAt(sayer);
        return named != null && named.type().equals(type) && sayer < pronoun ? named.text() : null;
    }

    /** "Becton Dickinson & Co" for the "Becton" the sentence before named in full. */
    private static String fullest(String name, String before) {
        return name != null && before != null && Names.overlap(name, before) && before.length() > name.length()
                ? before : name;
    }

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "his", "her", "hers");
    private static final Set<String> COMPANY = Set.of("company", "firm");
    private static final Set<String> WORKS = Set.of("series", "show", "film", "movie", "drama", "comedy", "sitcom",
            "miniseries", "project", "thriller");

    /** A noun followed by words that say which one it is ("the film about…", "the show's second season" is fine). */
    private static boolean hasModifier(Parsed.Line line, int noun) {
        for (Parsed.Token token : line.tokens()) {
            if (token.head() == noun && (token.relation().startsWith("nmod") && !token.relation().equals("nmod:poss")
                    || token.relation().startsWith("acl"))) {
                return true;
            }
        }
        return false;
    }

    /** The person or organisation named last before token {@code at} in the sentence. */
    private static String nearest(Parsed.Line line, int at, String type) {
        return nearestFrom(line, 0, at, type);
    }

    /** The person or organisation named last between tokens {@code from} and {@code at}. */
    private static String nearestFrom(Parsed.Line line, int from, int at, String type) {
        String found = null;
        for (Parsed.Mention mention : line.mentions()) {
            if (mention.type().equals(type) && mention.first() >= from && mention.last() <= at
                    && !line.tokens().get(mention.first()).tag().startsWith("PRP")) {
                found = mention.text();
            }
        }
        return found;
    }

    /** "YOU" in capitals in the middle of a sentence is a title, not a pronoun. */
    private static boolean capitalizedName(Parsed.Line line, int at) {
        String word = line.tokens().get(at).word();
        return at > 0 && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** "Picard" of "Star Trek: Picard": a name inside the title of the work is no answer. */
    private static boolean inTitle(Parsed.Line line, Parsed.Mention mention, String work) {
        if (work == null) {
            return false;
        }
        int begin = line.tokens().get(mention.first()).begin() - line.begin();
        int end = line.tokens().get(mention.last() - 1).end() - line.begin();
        for (int at = line.text().indexOf(work); at >= 0; at = line.text().indexOf(work, at + 1)) {
            if (begin >= at && end <= at + work.length()) {
                return true;
            }
        }
        return false;
    }

    /** A value inside a longer name ("9" of "Falcon 9", "CW" of "CW King Greg Berlanti") is no answer. */
    private static boolean partOfName(Parsed.Line line, Parsed.Mention mention) {
        List<Parsed.Token> tokens = line.tokens();
        boolean before = mention.first() > 0 && tokens.get(mention.first() - 1).tag().startsWith("NNP")
                && !mention.type().equals("SCORE");
        boolean after = mention.last() < tokens.size() && (tokens.get(mention.last()).tag().startsWith("NNP")
                || tokens.get(mention.last()).tag().equals("CD") && !mention.type().equals("DATE"));
        boolean numeric = Set.of("NUMBER", "ORDINAL").contains(mention.type());
        if (numeric) {
            // "Falcon 9", "Season 2", "Block 5": a number after a capitalised word is part of a name.
            return mention.first() > 0 && Character.isUpperCase(tokens.get(mention.first() - 1).word().charAt(0))
                    && tokens.get(mention.first() - 1).word().chars().allMatch(Character::isLetter) || after;
        }
        // "(NOAA)" after the name it shortens; "West Ham" of "the West Ham coaches", a name used as a modifier.
        boolean bracketed = mention.first() > 0 && tokens.get(mention.first() - 1).word().equals("(")
                && NAMES.contains(mention.type());
        boolean modifier = tokens.get(mention.last() - 1).relation().equals("compound")
                && !Set.of("NATIONALITY", "MONEY", "PERCENT", "DATE", "TIME", "DURATION").contains(mention.type());
        return bracketed || modifier || before || after && !tokens.get(mention.last()).tag().equals("POS");
    }

    private Candidate candidate(Parsed.Line line, String prompt, String answer, String type, String verb,
            boolean[] keep, int answerToken) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> together = new LinkedHashSet<>();
        String kind = WrongChoices.kindOf(type, answer);
        for (Parsed.Mention other : line.mentions()) {
            if (other.first() == answerToken || other.text().equals(answer)) {
                continue;
            }
            if (NAMES.contains(other.type()) && keep[other.first()]) {
                names.add(other.text());
            }
            if (WrongChoices.kindOf(other.type(), other.text()).equals(kind)) {
                together.add(other.text());
            }
        }
        String key = verb + "|" + kind + "|" + String.join("|", names.stream().map(Names::key).sorted().toList());
        return new Candidate(articleId, line, prompt, answer, kind, type, key, names, together, 0);
    }

    private String wh(String type, String answer) {
        if (type.equals("PERSON")) {
            return "Who";
        }
        switch (Organizations.sortOf(answer)) {
            case Organizations.AGENCY -> {
                return "Which agency";
            }
            case Organizations.MEDIA -> {
                return "Which news outlet";
            }
            case Organizations.BANK -> {
                return "Which bank";
            }
            case Organizations.LEAGUE -> {
                return "Which organization";
            }
            case Organizations.SCHOOL -> {
                return "Which institution";
            }
            case Organizations.NETWORK -> {
                return "Which network or streaming service";
            }
            default -> {
            }
        }
        return switch (beat) {
            case SPORTS -> "Which team";
            case POLITICS, SCIENCE -> "Which organization";
            default -> "Which company";
        };
    }

    /** Where the clause starts once "According to Deadline," and an opening "But" are left out. */
    private static int clauseStart(Parsed.Line line) {
        List<Parsed.Token> tokens = line.tokens();
        int start = 0;
        if (tokens.size() > 2 && lower(tokens.get(0)).equals("according") && lower(tokens.get(1)).equals("to")) {
            for (int i = 2; i < Math.min(tokens.size(), 12); i++) {
                if (tokens.get(i).word().equals(",")) {
                    start = i + 1;
                    break;
                }
            }
        }
        // A dateline: "SINGAPORE —", "LONDON (Reuters) -".
        for (int i = start; i < Math.min(tokens.size() - 1, start + 6); i++) {
            if (Set.of("—", "–", "-", "--").contains(tokens.get(i).word()) && i > start
                    && tokens.get(start).word().equals(tokens.get(start).word().toUpperCase(Locale.ROOT))) {
                start = i + 1;
                break;
            }
        }
        while (start < tokens.size() - 1 && OPENERS.contains(lower(tokens.get(start)))) {
            start++;
            if (tokens.get(start).word().equals(",")) {
                start++;
            }
        }
        return start;
    }

    /** Where the clause ends once a closing ", he said." or ", according to Reuters." is left out. */
    private static int clauseEnd(Parsed.Line line, int start, int to) {
        List<Parsed.Token> tokens = line.tokens();
        int end = to;
        while (end > start && tokens.get(end - 1).tag().equals(".")) {
            end--;
        }
        for (int i = end - 1; i > start && i >= end - 9; i--) {
            if (tokens.get(i).word().equals(",")) {
                boolean saying = false;
                for (int j = i + 1; j < end; j++) {
                    saying |= SAYING.contains(tokens.get(j).lemma().toLowerCase(Locale.ROOT));
                }
                if (saying) {
                    return i;
                }
                break;
            }
        }
        return end;
    }

    /**
     * The kept tokens as the article spells them, with tokens {@code blankFrom} to {@code blankTo} replaced by the
     * blank and resolved pronouns by the names they stand for.
     */
    private static String text(Parsed.Line line, boolean[] keep, int blankFrom, int blankTo,
            Map<Integer, String> resolved) {
        List<Parsed.Token> tokens = line.tokens();
        StringBuilder text = new StringBuilder();
        int at = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            Parsed.Token token = tokens.get(i);
            if (at >= 0) {
                text.append(token.begin() > at ? " " : "");
            }
            if (i == blankFrom) {
                text.append(BLANK);
            } else if (i + 1 == blankFrom && Set.of("a", "an").contains(lower(token))) {
                // "an _____" would tell which choices fit, and "a(n)" reads as a garbled sentence: a quiz writes "a".
                text.append(Character.isUpperCase(token.word().charAt(0)) ? "A" : "a");
            } else if (i > blankFrom && i < blankTo) {
                // Part of the blank.
            } else if (resolved.containsKey(i)) {
                text.append(resolved.get(i));
            } else {
                text.append(line.text(), token.begin() - line.begin(), token.end() - line.begin());
            }
            at = token.end();
        }
        return text.toString().replaceAll("\\s+", " ").replace(" ,", ",").strip().replaceAll("^[,;:]\\s*", "")
                .replaceAll("[,;:]$", "").strip();
    }

    /** The kept tokens that lean on something not named: a pronoun nothing resolves, "the series". */
    private static List<Integer> unresolved(Parsed.Line line, boolean[] keep, Map<Integer, String> resolved) {
        List<Parsed.Token> tokens = line.tokens();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!keep[i] || resolved.containsKey(i)) {
                continue;
            }
            Parsed.Token token = tokens.get(i);
            String word = lower(token);
            if ((token.tag().startsWith("PRP") || token.tag().equals("DT") && !(i + 1 < tokens.size() && tokens
                    .get(i + 1).tag().startsWith("NN"))) && PRONOUNS.contains(word) && !capitalizedName(line, i)) {
                found.add(i);
            } else if (token.tag().startsWith("NN") && !token.tag().startsWith("NNP")
                    && (REFERRING.contains(word) && referring(line, i) || demonstrative(line, i))) {
                found.add(i);
            } else if (token.word().equals("season") && !ofSomething(line, i) && !subjectNamed(line, i)) {
                // "Season 2", "the second season": of what, the prompt must say.
                found.add(i);
            }
        }
        return found;
    }

    /**
     * "The PG-rated film", "this deal", "both companies": a noun whose determiner points back to something named
     * before, and which names nothing itself ("the Buena Vista release", "the series YOU" do).
     */
    private static boolean referring(Parsed.Line line, int noun) {
        boolean pointing = false;
        for (int i = 0; i < line.tokens().size(); i++) {
            Parsed.Token child = line.tokens().get(i);
            if (child.head() != noun) {
                continue;
            }
            String word = lower(child);
            if (child.relation().equals("det") && Set.of("the", "this", "that", "these", "those", "both")
                    .contains(word) || child.relation().equals("nmod:poss") && child.tag().startsWith("PRP")) {
                pointing = true;
            }
            // "The latest deal", "the biggest title": a superlative tells which, it does not point back.
            if (child.tag().startsWith("NNP") || child.relation().startsWith("nmod") && !child.tag().startsWith("PRP")
                    || child.relation().equals("appos") || child.relation().equals("amod")
                            && (child.tag().equals("JJS") || word.equals("latest"))) {
                return false;
            }
        }
        return pointing;
    }

    /** The answer is part of a phrase a name was put in place of ("the $85M film"): blanking it would garble both. */
    private static boolean rewritten(Parsed.Line line, Parsed.Mention mention, Map<Integer, String> resolved) {
        for (int i = mention.first(); i < mention.last(); i++) {
            int head = line.tokens().get(i).head();
            boolean changed = resolved.containsKey(i) && !resolved.get(i).equals(line.tokens().get(i).word());
            boolean headChanged = head >= 0 && resolved.containsKey(head)
                    && !resolved.get(head).equals(line.tokens().get(head).word()) && !mention.covers(head);
            if (changed || headChanged) {
                return true;
            }
        }
        return false;
    }

    /**
     * "That year", "these shows": a demonstrative points back. "This weekend" or "this year" points at the story's
     * own time, which the headline above the prompt gives.
     */
    private static boolean demonstrative(Parsed.Line line, int noun) {
        boolean newsTime = NEWS_TIME.contains(lower(line.tokens().get(noun)));
        for (Parsed.Token child : line.tokens()) {
            if (child.head() == noun && child.relation().equals("det")
                    && (Set.of("that", "these", "those").contains(lower(child))
                            || lower(child).equals("this") && !newsTime)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEWS_TIME = Set.of("weekend", "week", "year", "month", "season", "summer",
            "spring", "fall", "autumn", "winter", "morning", "afternoon", "evening");

    /**
     * "Lifetime's stalker drama YOU … has received a second season order", "… renewed the crime drama The Harbor for a
     * second season": the season is of the work its clause names, a proper noun that is no date.
     */
    private static boolean subjectNamed(Parsed.Line line, int noun) {
        int head = line.tokens().get(noun).head();
        while (head >= 0 && !line.tokens().get(head).tag().startsWith("VB")) {
            head = line.tokens().get(head).head();
        }
        if (head < 0) {
            return false;
        }
        int[] clause = line.span(head);
        for (int i = clause[0]; i < clause[1]; i++) {
            Parsed.Mention mention = line.mentionAt(i);
            if (i != noun && line.tokens().get(i).tag().startsWith("NNP")
                    && (mention == null || !Set.of("DATE", "TIME").contains(mention.type()))) {
                return true;
            }
        }
        return false;
    }

    /** "Season 2 of YOU", "YOU's second season": the noun says what it belongs to. */
    private static boolean ofSomething(Parsed.Line line, int noun) {
        for (Parsed.Token child : line.tokens()) {
            if (child.head() == noun && (child.relation().startsWith("nmod") || child.relation().equals("compound")
                    && child.tag().startsWith("NNP"))) {
                return true;
            }
        }
        return noun > 0 && line.tokens().get(noun - 1).tag().equals("POS");
    }

    /** Besides its answer, the prompt names a person, an organisation, a place or a title (a proper noun). */
    private static boolean namesSomething(Parsed.Line line, boolean[] keep, Parsed.Mention answer) {
        for (int i = 0; i < keep.length; i++) {
            if (keep[i] && !answer.covers(i) && line.tokens().get(i).tag().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    /** Leaves out values no question writer asks: "one", "today", "a second" (of "a second season"). */
    private static boolean worthAsking(Parsed.Line line, Parsed.Mention mention) {
        String text = mention.text().toLowerCase(Locale.ROOT);
        String normalized = mention.normalized() == null ? "" : mention.normalized();
        return switch (mention.type()) {
            case "NUMBER" -> !text.contains("-") && WrongChoices.number(mention.text()).map(n -> n >= 3).orElse(false);
            case "DURATION" -> !text.startsWith("a ") && !text.startsWith("the ") && text.matches(".*\\d.*|.*(?:one|"
                    + "two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hundred).*");
            case "MISC" -> mention.text().length() > 2 && Character.isUpperCase(mention.text().charAt(0))
                    && mention.last() - mention.first() <= 6;
            case "DATE" -> !text.matches("monday|tuesday|wednesday|thursday|friday|saturday|sunday")
                    && text.matches(".*(?:\\d|january|february|march|april|may|june|july|august|september|october|"
                            + "november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday).*")
                    && !normalized.contains("REF") && !normalized.matches("XXXX-(?:SP|SU|FA|WI)")
                    && !text.matches(".*\\b(?:today|tomorrow|yesterday|now|this|last|next|past|recent|ago|week|"
                            + "weekend|year|season|decade|century|time|day|night|morning|evening|early|late)\\b.*");
            // "The first", "two": too small a number to have three smaller ones beside it in the choices.
            case "ORDINAL" -> WrongChoices.number(mention.text()).map(n -> n >= 3).orElse(false);
            // A weekday or a clock time is nothing a player knows of a story, and nothing to tell one story by.
            case "TIME" -> false;
            case "SCORE" -> result(line, mention);
            default -> mention.last() - mention.first() <= 6;
        };
    }

    /**
     * Whether a score is a match's result ("beat Williams 6-4, 6-4", "a 3-6, 6-2, 6-2 win"), not a moment of play
     * ("a 4-2 lead", "tied 3-3", "serving for the set at 5-3") that nobody remembers of a match.
     */
    private static boolean result(Parsed.Line line, Parsed.Mention score) {
        int at = line.tokens().get(score.last() - 1).head();
        for (int steps = 0; at >= 0 && steps < 3; at = line.tokens().get(at).head(), steps++) {
            if (RESULTS.contains(line.tokens().get(at).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The one person or organisation the subject names ("Medical equipment supplier Becton Dickinson"), or null. */
    private static Parsed.Mention onlyName(Parsed.Line line, int[] span) {
        Parsed.Mention found = null;
        for (Parsed.Mention mention : line.mentions()) {
            if (mention.first() >= span[0] && mention.last() <= span[1]
                    && Set.of("PERSON", "ORGANIZATION").contains(mention.type())) {
                if (found != null) {
                    return null;
                }
                found = mention;
            }
        }
        return found;
    }

    private static boolean hasVerb(Parsed.Line line) {
        return line.tokens().stream().anyMatch(token -> token.tag().startsWith("VB") || token.tag().equals("MD"));
    }

    /** Direct speech: a quotation longer than a title. */
    private static boolean quoted(Parsed.Line line) {
        int open = -1;
        for (int i = 0; i < line.tokens().size(); i++) {
            String word = line.tokens().get(i).word();
            if (word.equals("“") || word.equals("\"") && open < 0 || word.equals("``")) {
                open = i;
            } else if ((word.equals("”") || word.equals("\"") || word.equals("''")) && open >= 0) {
                if (i - open > 6) {
                    return true;
                }
                open = -1;
            }
        }
        return open >= 0;
    }

    private static String lower(Parsed.Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
