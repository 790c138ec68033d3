package app.footnote.bank.generate;

/**
 * The type of a fact's value. Wrong choices are always of the answer's kind (and, for counts and durations, its
 * unit), so that no choice gives itself away by its form.
 */
enum Kind {
    /** A day: "January 23, 2020". */
    DATE(true),
    /** A month of a year: "April 2019". */
    MONTH(true),
    YEAR(true),
    /** "$20.4 million". */
    MONEY(true),
    PERCENT(true),
    /** A score out of ten: "7.82/10". */
    RATING(true),
    /** A number of things, with their unit: "10 episodes". */
    COUNT(true),
    /** A length of time, with its unit: "20 years". */
    DURATION(true),
    /** A place in an order: "Eighth". */
    ORDINAL(true),
    /** "24th century". */
    CENTURY(true),
    /** Someone who acts in a work. */
    ACTOR(false),
    /** Someone who makes a work: a creator, producer, director, writer or composer. */
    PERSON(false),
    COMPANY(false),
    /** A news outlet an article cites. */
    OUTLET(false),
    COUNTRY(false),
    /** A state or province. */
    REGION(false),
    PLANET(false),
    SHIP(false),
    ORGANISATION(false),
    /** The title of a film, series or book. */
    TITLE(false);

    private final boolean numeric;

    Kind(boolean numeric) {
        this.numeric = numeric;
    }

    /**
     * The kind a value is compared as: an actor who also produces is one person, an outlet is a company, so neither
     * can be a wrong choice for a question whose answer they are.
     */
    Kind family() {
        return switch (this) {
            case ACTOR -> PERSON;
            case OUTLET -> COMPANY;
            default -> this;
        };
    }

    /** Whether values of this kind have a size, so that wrong choices can be picked near the answer or made up. */
    boolean numeric() {
        return numeric;
    }
}
