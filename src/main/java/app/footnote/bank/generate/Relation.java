package app.footnote.bank.generate;

import java.util.Set;

/**
 * What a fact says, and the one question written for it. Templates fill {@code {subject}}, {@code {work}} (the
 * article's main work), {@code {answer}}, {@code {all}} (every member of a list) and the words a pattern kept
 * ({@code {verb}}, {@code {what}}, ...).
 * <p>
 * A <em>list</em> relation holds several values at once (the creators of a series): its question asks for one of
 * them, and its wrong choices are values of the same kind that no article gives for that subject.
 */
enum Relation {
    PREMIERE_DATE("premiere-date", "release", "easy", false,
            "When did {subject} premiere?", "{subject} premiered on {answer}."),
    PREMIERE_SERVICE("premiere-service", "release", "easy", false,
            "On which service did {subject} premiere?", "{subject} premiered on {answer}."),
    EPISODE_COUNT("episodes", "release", "easy", false,
            "How many episodes does {subject} have?", "{subject} has {answer}."),
    APPROVAL_RATING("approval-rating", "release", "hard", false,
            "What approval rating did {subject} receive?", "{subject} received an approval rating of {answer}."),
    AVERAGE_RATING("average-rating", "release", "hard", false,
            "What average rating did {subject} receive?", "{subject} received an average rating of {answer}."),
    VIEWERSHIP_GAIN("viewership", "release", "hard", false,
            "{subject} claimed how much more {noun} than {than}?",
            "{subject} claimed {answer} more {noun} than {than}."),
    SETTING_GAP("years-after", "story", "medium", false,
            "How many years after the events of {subject} is {work} set?",
            "{work} is set {answer} after the events of {subject}."),
    SETTING_CENTURY("century", "story", "easy", false,
            "In which century is {subject} set?", "{subject} is set in the {answer}."),
    RETURN_GAP("return", "story", "medium", false,
            "After how many years does {subject} return to the {where} in {work}?",
            "In {work}, {subject} returns to the {where} after {answer}."),
    RETIREMENT_PLACE("retirement", "story", "easy", false,
            "In which country is the {what} where {subject} lives in retirement?",
            "{subject} lives in retirement on the family {what} in {answer}."),
    PLANET_EVENT("planet", "story", "medium", false,
            "On which planet had {subject} {did}?", "It was on {answer} that {subject} had {did}."),
    DESTROYED_PLANET("destroyed-planet", "story", "easy", false,
            "Which planet is destroyed in {subject}?", "The planet {answer} is destroyed in {subject}."),
    SHIP_BOARDED("ship", "story", "medium", false,
            "Which ship do {subject} beam {dir} to?", "{subject} beam {dir} to {answer}."),
    ORGANISATION_DESCRIBED("organisation", "story", "medium", false,
            "Which {desc} {did}?", "The {answer} are {desc} who {did}."),
    CAST("actor", "cast", "easy", false,
            "Who plays {subject} in {work}?", "{answer} plays {subject} in {work}."),
    STARRING("stars", "cast", "easy", true,
            "Which of these actors stars in {subject}?", "{subject} stars {all}."),
    RETURNING_ACTOR("returning-actors", "cast", "medium", true,
            "Which of these actors returns to the franchise in {subject}?",
            "Actors returning to the franchise in {subject} include {all}."),
    INTERVIEWED_BY("interview", "cast", "hard", false,
            "Which outlet interviewed {subject}?", "{subject} spoke in an interview with the {answer}."),
    CREATOR("creators", "production", "medium", true,
            "Who is one of the creators of {subject}?", "{subject} was created by {all}."),
    PRODUCER("producers", "production", "hard", true,
            "Which of these people is credited as a producer of {subject}?",
            "The producers of {subject} include {all}."),
    DIRECTOR("director", "production", "medium", true,
            "Who is credited as a director of {subject}?", "The credits of {subject} name {all} as director."),
    WRITER("writer", "production", "medium", true,
            "Who is credited as a writer of {subject}?", "The credits of {subject} name {all} as writer."),
    COMPOSER("composer", "production", "medium", true,
            "Who is credited with the music of {subject}?", "The music of {subject} is credited to {all}."),
    SHOWRUNNER("showrunner", "production", "medium", false,
            "Who {verb} as showrunner on {subject}?", "{answer} {verb} as showrunner on {subject}."),
    PRODUCTION_COMPANY("production-companies", "production", "hard", true,
            "Which of these companies is one of the production companies behind {subject}?",
            "{subject} is produced by {all}."),
    DISTRIBUTOR("distributor", "production", "hard", false,
            "Which company distributes {subject}?", "{subject} is distributed by {answer}."),
    MONEY("money", "production", "hard", false,
            "How much in {what} was {subject} {verb}?", "{subject} was {verb} {answer} in {what}."),
    RUNNING_TIME("running-time", "production", "medium", false,
            "What running time is listed for {subject}?", "The listed running time of {subject} is {answer}."),
    FILMING_START("filming-start", "production", "medium", false,
            "When did filming of {subject} begin?", "Filming of {subject} began in {answer}."),
    FILMING_PLACE("filming-place", "production", "easy", false,
            "Where did filming of {subject} begin?", "Filming of {subject} began in {answer}."),
    RUMOURS_START("rumours", "production", "hard", false,
            "When did rumours about {subject} begin to circulate?",
            "Rumours about {subject} began to circulate in {answer}."),
    REPORTED_BY("reported-by", "production", "hard", false,
            "Which outlet reported that {subject}?", "{answer} reported that {subject}."),
    RELEASE_YEAR("year", "franchise", "medium", false,
            "In which year did {subject} come out?", "{subject} came out in {answer}."),
    FRANCHISE_ORDER("installment", "franchise", "medium", false,
            "Which installment of the {franchise} franchise is {subject}?",
            "{subject} is installment number {number} of the {franchise} franchise."),
    BREAK_LENGTH("break", "franchise", "hard", false,
            "How long was the break after {subject} {verb}?", "The break after {subject} {verb} lasted {answer}."),
    RETURN_TO_TV_YEAR("return-year", "franchise", "medium", false,
            "In which year did the franchise return to the small screen with {subject}?",
            "The franchise returned to the small screen with {subject} in {answer}."),
    NEW_SERIES_TITLE("new-series", "franchise", "medium", false,
            "What will the new series that {subject} is producing be called?",
            "The new series that {subject} is producing will be called {answer}."),
    COUNT_ANNOUNCED("announced", "franchise", "medium", false,
            "How many {noun} did {subject} announce?", "{subject} announced {answer}."),
    /** The fallback: a sentence that stands on its own, with its one number, date or amount left blank. */
    FILL_IN("blank", "trivia", "medium", false,
            "Fill in the blank: “{subject}”", "The article says: “{sentence}”");

    private final String slug;
    private final String category;
    private final String difficulty;
    private final boolean list;
    private final String prompt;
    private final String explanation;

    Relation(String slug, String category, String difficulty, boolean list, String prompt, String explanation) {
        this.slug = slug;
        this.category = category;
        this.difficulty = difficulty;
        this.list = list;
        this.prompt = prompt;
        this.explanation = explanation;
    }

    String slug() {
        return slug;
    }

    String category() {
        return category;
    }

    String difficulty() {
        return difficulty;
    }

    boolean list() {
        return list;
    }

    String prompt() {
        return prompt;
    }

    String explanation() {
        return explanation;
    }

    /**
     * Relations whose values are also true answers to this one's question, so never wrong choices: whoever plays a
     * part in a series also stars in it.
     */
    Set<Relation> alsoTrue() {
        return switch (this) {
            case STARRING, RETURNING_ACTOR -> Set.of(CAST, STARRING, RETURNING_ACTOR);
            case PRODUCER -> Set.of(PRODUCER, SHOWRUNNER);
            default -> Set.of(this);
        };
    }

}
