package app.footnote.bank.generate;

import java.util.List;

import app.footnote.bank.BankArticle;

/**
 * Short news stories written for the generator's tests, in the plain English of a wire report. Each is built to show
 * one thing a moderator or a player would notice: several amounts, a pronoun, a list of names, a fact two outlets
 * share or dispute.
 */
final class NewsArticles {

    /** Eight dollar amounts, one a sentence, the opening weekend in the middle of them. */
    static final BankArticle BOX_OFFICE = article("box-office", "Harbor Lights tops the weekend box office",
            "Screen Daily", """
                    Harbor Lights opened with $42 million at the North American box office this weekend.
                    The drama from Summit Pictures cost $65 million to produce.
                    Silver Canyon fell to second place with $18 million.
                    The animated comedy Paper Moon took in $12 million in its debut.
                    The thriller Night Train earned $9 million in its third weekend.
                    Overseas, Harbor Lights added $31 million from 40 markets.
                    Its worldwide total now stands at $73 million.
                    Ticket sales for the whole weekend reached $110 million.
                    """);

    static final String OPENING_WEEKEND = "$42 million";

    /** A councillor named, then "He": the sentence about him is asked with his name. */
    static final BankArticle COUNCIL = article("council-budget",
            "Springfield council member challenges the mayor's budget", "Springfield Gazette", """
                    Council member James Ortiz criticised Mayor Linda Park's budget at a meeting in Springfield on \
                    Wednesday.
                    He has represented the Riverside district on the council since 2011.
                    Park unveiled the budget of $4.2 billion on Tuesday; it would add 300 police officers.
                    Ortiz wants the city to spend $150 million more on buses instead.
                    Finance director Karen Liu said the city could afford the plan.
                    The council is expected to vote on the budget in June, said council president Robert Hayes.
                    """);

    static final String COUNCIL_MEMBER = "James Ortiz";
    static final String HE_SENTENCE = "He has represented the Riverside district on the council since 2011.";

    /** An opening "It" that nothing before it names. */
    static final BankArticle RENEWED = article("drama-renewed", "Drama renewed for a third season",
            "Springfield Gazette", """
                    It was renewed for a third season on Tuesday, two weeks before the finale airs on March 14.
                    The drama Northern Line drew 6 million viewers a week on BBC One this spring.
                    Writer Helen Ward said filming of the new season would start in Glasgow in September.
                    """);

    static final String IT_SENTENCE = "It was renewed for a third season on Tuesday, two weeks before the finale airs"
            + " on March 14.";

    /**
     * Three stars in one sentence, named again further on, so that each is one of the story's most named people, and
     * three other people. The question on who stars leaves the other two out of its prompt: they star too.
     */
    static final BankArticle CAST = article("legal-drama-cast", "HBO orders legal drama The Verdict", "Screen Daily",
            """
                    Emma Stone will star in The Verdict, a legal drama about a defence lawyer who takes on the \
                    murder trial that divides a small town, with Ryan Gosling and Viola Davis joining her as a young \
                    prosecutor and a judge.
                    HBO ordered the series on Wednesday.
                    The series was created by Sarah Collins, who previously wrote for the BBC.
                    Ryan Gosling last worked with Emma Stone on the 2016 musical La La Land.
                    Viola Davis won an Academy Award in 2017 for the film Fences.
                    Daniel Kim will direct the first two episodes, with filming in Atlanta in June.
                    Olivia Grant, who produced the network's hit The Night Shift, is the showrunner.
                    HBO plans to release the eight episodes in the spring of 2026.
                    Jeremy Strong, Florence Pugh and Brian Cox round out the cast.
                    """);

    static final String CAST_LIST_SENTENCE = "Emma Stone will star in The Verdict, a legal drama about a defence"
            + " lawyer who takes on the murder trial that divides a small town, with Ryan Gosling and Viola Davis"
            + " joining her as a young prosecutor and a judge.";
    static final List<String> STARS = List.of("Emma Stone", "Ryan Gosling", "Viola Davis");

    /** A takeover as one outlet reports it. */
    static final BankArticle DEAL = article("deal-ledger", "Cedar Bank agrees to buy Lakeside Financial",
            "Daily Ledger", """
                    Cedar Bank agreed to buy Lakeside Financial for $2.4 billion on Monday.
                    The deal is expected to close in the first quarter of 2026, the companies said.
                    Lakeside Financial has 120 branches across Ohio and Michigan.
                    """);

    static final String PRICE = "$2.4 billion";

    /** The same takeover at the same price, in another outlet's words. */
    static final BankArticle SAME_DEAL = article("deal-courier", "Cedar Bank to acquire Lakeside", "Evening Courier",
            """
                    Cedar Bank agreed to buy Lakeside Financial for $2.4 billion, the companies announced.
                    Shares of Lakeside Financial rose 18 percent in morning trading in New York.
                    Analysts at Morgan Stanley called the price fair.
                    """);

    /** The same takeover at another price. */
    static final BankArticle OTHER_PRICE = article("deal-courier", "Cedar Bank to acquire Lakeside", "Evening Courier",
            """
                    Cedar Bank agreed to buy Lakeside Financial for $2.1 billion, the companies announced.
                    Shares of Lakeside Financial rose 18 percent in morning trading in New York.
                    Analysts at Morgan Stanley called the price fair.
                    """);

    static final String LOWER_PRICE = "$2.1 billion";

    /** Every story that stands on its own, for what must hold of any question. */
    static final List<BankArticle> SINGLE_STORIES = List.of(BOX_OFFICE, COUNCIL, RENEWED, CAST, DEAL);

    private NewsArticles() {
    }

    /**
     * A renewal by a streaming service the models do not know as a name, told in reported speech ("… announced that it
     * renewed …"), beside a company named after two people, which the models take for a person.
     */
    static final BankArticle STREAMER_RENEWAL = article("harbor-renewed", "The Harbor gets a second season",
            "Screen Daily",
            """
                    Paramount+ announced on Thursday that it has renewed the crime drama The Harbor for a second season.
                    Marlow Keane said in a statement that it would start filming the new season in Portland in October.
                    The Harbor is produced by Marlow Keane Pictures and stars Adam Reyes as a retired detective in Maine.
                    The first season drew 4 million viewers in its opening week on Paramount+ in the United States.
                    """);

    /** A singer's tour: music, whose words ("tour", "title", "set") a sports story uses too. */
    static final BankArticle TOUR = article("tour-announced", "Mara Lind announces the Northern Lights World Tour",
            "Pop Weekly", """
                    Singer Mara Lind will launch the Northern Lights World Tour in Denver on March 4, the label said.
                    The tour takes its title from her third album, which sold 400,000 copies in its first week.
                    Lind will play 42 concerts in North America and Europe, closing the tour in Oslo on July 19.
                    Her set will include the single Glass Harbor, a duet with the band Winter Radio.
                    """);

    static BankArticle article(String id, String title, String outlet, String text) {
        return new BankArticle(id, title, outlet, null, List.of(), text);
    }
}
