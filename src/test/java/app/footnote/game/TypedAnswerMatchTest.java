package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which typed answers a fair quizmaster accepts: one row per case, right and wrong, as plain Java. */
class TypedAnswerMatchTest {

    @ParameterizedTest(name = "\"{0}\" for \"{1}\": {4} ({5})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # typed                  | answer                 | accepted (;)         | wrong (;)                              | right | why
            Patrick Stewart          | Patrick Stewart        | ""                   | Jonathan Frakes;Brent Spiner           | true  | the answer itself
            patrick stewart          | Patrick Stewart        | ""                   | Jonathan Frakes;Brent Spiner           | true  | case
            PATRICK STEWART!!        | Patrick Stewart        | ""                   | Jonathan Frakes;Brent Spiner           | true  | case and punctuation
            "  Patrick   Stewart  "  | Patrick Stewart        | ""                   | Jonathan Frakes;Brent Spiner           | true  | white space
            Patrik Stewart           | Patrick Stewart        | ""                   | Jonathan Frakes;Brent Spiner           | true  | one typo in a long name
            Patrik Stewert           | Patrick Stewart        | ""                   | Jonathan Frakes;Brent Spiner           | true  | two typos in a long name
            Patrik Stewert Sr        | Patrick Stewart        | ""                   | Jonathan Frakes;Brent Spiner           | false | three edits are too many
            Stewart Patrick          | Patrick Stewart        | ""                   | Jonathan Frakes;Brent Spiner           | false | word order of a name stays
            Stewart                  | Patrick Stewart        | ""                   | Jonathan Frakes;Brent Spiner           | false | a surname alone only when accepted
            Stewart                  | Patrick Stewart        | Stewart;Sir Patrick  | Jonathan Frakes;Brent Spiner           | true  | the article calls him Stewart
            sir patrick              | Patrick Stewart        | Stewart;Sir Patrick  | Jonathan Frakes;Brent Spiner           | true  | an accepted alternative
            Stewert                  | Patrick Stewart        | Stewart;Sir Patrick  | Jonathan Frakes;Brent Spiner           | true  | a typo in an accepted alternative
            Patrick                  | Patrick Stewart        | Stewart;Sir Patrick  | Jonathan Frakes;Brent Spiner           | false | a first name is not accepted
            Frakes                   | Patrick Stewart        | Stewart              | Jonathan Frakes;Brent Spiner           | false | another person
            Jonathan Frakes          | Patrick Stewart        | ""                   | Jonathan Frakes;Brent Spiner           | false | a wrong choice
            Paris                    | Paris                  | ""                   | Rome;Berlin;Madrid                     | true  | a city
            paris.                   | Paris                  | ""                   | Rome;Berlin;Madrid                     | true  | a full stop
            Pari                     | Paris                  | ""                   | Rome;Berlin;Madrid                     | true  | one edit for five letters
            Parsi                    | Paris                  | ""                   | Rome;Berlin;Madrid                     | false | a swap is two edits
            air                      | chair                  | ""                   | table;sofa;bed                         | false | Red 331: air is not chair
            chair                    | air                    | ""                   | water;fire;earth                       | false | chair is not air
            ai                       | air                    | ""                   | water;fire;earth                       | false | no typo in a short word
            Worf                     | Worf                   | ""                   | Data;Riker;Troi                        | true  | a short name
            Word                     | Worf                   | ""                   | Data;Riker;Troi                        | false | no typo in four letters
            Dat                      | Data                   | ""                   | Worf;Riker;Troi                        | false | no typo in four letters
            Riker                    | Piker                  | ""                   | Riker;Troi;Data                        | false | a typo that is a wrong choice
            Marix                    | Marin                  | ""                   | Mario;Marvin;Mark                      | false | a typo as near a wrong choice as the answer
            Pikers                   | Piker                  | ""                   | Riker;Troi;Data                        | true  | nearer the answer
            Next Generation          | The Next Generation    | ""                   | Deep Space Nine;Voyager;Enterprise     | true  | a leading article
            the voyager              | Voyager                | ""                   | Deep Space Nine;The Next Generation;Enterprise | true  | an added article
            a borg cube              | Borg cube              | ""                   | Romulan warbird;Klingon bird-of-prey;Starbase | true | an added indefinite article
            Generation               | The Next Generation    | ""                   | Deep Space Nine;Voyager;Enterprise     | false | one word of a title
            Pokemon                  | Pokémon                | ""                   | Digimon;Yu-Gi-Oh!;Bakugan              | true  | accents
            Zoë Saldaña              | Zoe Saldana            | ""                   | Karen Gillan;Dave Bautista;Chris Pratt | true  | accents typed
            Beyonce                  | Beyoncé                | ""                   | Rihanna;Adele;Shakira                  | true  | an accent left out
            Spiderman                | Spider-Man             | ""                   | Batman;Superman;Iron Man               | true  | a hyphen left out
            Star Trek Picard         | Star Trek: Picard      | ""                   | Star Trek: Discovery;Star Trek: Prodigy;Star Trek: Lower Decks | true | a colon left out
            Star Trek Discovery      | Star Trek: Picard      | ""                   | Star Trek: Discovery;Star Trek: Prodigy;Star Trek: Lower Decks | false | another show
            2001                     | 2001                   | ""                   | 1999;2005;2011                         | true  | a year
            2011                     | 2001                   | ""                   | 1999;2005;2010                         | false | no typo in a number
            2002                     | 2001                   | ""                   | 1999;2005;2010                         | false | one digit off is another year
            12                       | twelve                 | ""                   | ten;eleven;thirteen                    | true  | digits for a number word
            twelve                   | 12                     | ""                   | 10;11;13                               | true  | a number word for digits
            forty-two                | 42                     | ""                   | 24;40;44                               | true  | a compound number word
            thirteen                 | 12                     | ""                   | 10;11;14                               | false | another number word
            12                       | 12 years               | ""                   | 10 years;11 years;13 years             | true  | a number without its unit
            twelve years             | 12 years               | ""                   | 10 years;11 years;13 years             | true  | words with the unit
            12 year                  | 12 years               | ""                   | 10 years;11 years;13 years             | true  | a singular unit
            13                       | 12 years               | ""                   | 10 years;11 years;13 years             | false | another number
            12                       | 12 Monkeys             | ""                   | 28 Days Later;Twelve Angry Men;Seven   | false | a number is not a title with a number
            20.4m                    | $20.4 million          | ""                   | $15.6 million;$12 million;$25.5 million | true | an abbreviated amount
            20.4 million             | $20.4 million          | ""                   | $15.6 million;$12 million;$25.5 million | true | an amount without its currency
            "$20,400,000"            | $20.4 million          | ""                   | $15.6 million;$12 million;$25.5 million | true | an amount in digits
            $20.4M                   | $20.4 million          | ""                   | $15.6 million;$12 million;$25.5 million | true | a capital M
            20.5m                    | $20.4 million          | ""                   | $15.6 million;$12 million;$25.5 million | false | another amount
            20.4                     | $20.4 million          | ""                   | $15.6 million;$12 million;$25.5 million | false | an amount without its million
            204 million              | $20.4 million          | ""                   | $15.6 million;$12 million;$25.5 million | false | ten times the amount
            $1.2bn                   | $1.2 billion           | ""                   | $1.5 billion;$900 million;$2 billion   | true  | bn for billion
            87 percent               | 87%                    | ""                   | 78%;67%;97%                            | true  | percent for the sign
            78%                      | 87%                    | ""                   | 68%;67%;97%                            | false | digits swapped
            January 23               | 23 January 2020        | ""                   | 24 January 2020;5 February 2020;12 March 2020 | true | a date without its year
            23rd January             | 23 January 2020        | ""                   | 24 January 2020;5 February 2020;12 March 2020 | true | an ordinal day first
            "January 23, 2020"       | 23 January 2020        | ""                   | 24 January 2020;5 February 2020;12 March 2020 | true | the American order with the year
            2020-01-23               | 23 January 2020        | ""                   | 24 January 2020;5 February 2020;12 March 2020 | true | an ISO date
            Jan 23 2020              | 23 January 2020        | ""                   | 24 January 2020;5 February 2020;12 March 2020 | true | an abbreviated month
            January 24               | 23 January 2020        | ""                   | 23 January 2021;5 February 2020;12 March 2020 | false | the day after
            23 January 2021          | 23 January 2020        | ""                   | 23 January 2021;5 February 2020;12 March 2020 | false | a wrong choice's year
            January 23               | 23 January 2020        | ""                   | 23 January 2021;5 February 2020;12 March 2020 | false | the year is the point when a wrong choice has the same day
            January 2020             | 23 January 2020        | ""                   | 23 January 2021;5 February 2020;12 March 2020 | false | a month is not a day
            8th                      | eighth                 | ""                   | sixth;seventh;ninth                    | true  | an ordinal in digits
            ""                       | Paris                  | ""                   | Rome;Berlin;Madrid                     | false | nothing typed
            "?!"                     | Paris                  | ""                   | Rome;Berlin;Madrid                     | false | only punctuation
            the                      | The Who                | ""                   | The Kinks;The Doors;Queen              | false | only the article
            who                      | The Who                | ""                   | The Kinks;The Doors;Queen              | true  | a band without its article
            @everyone Paris          | Paris                  | ""                   | Rome;Berlin;Madrid                     | false | a mention is not the answer
            Seven of Nine            | Seven of Nine          | ""                   | Tal Shiar;Raffi;Elnor                  | true  | number words in a name
            7 of 9                   | Seven of Nine          | ""                   | Tal Shiar;Raffi;Elnor                  | true  | digits in a name
            Jean-Luc Pikard          | Jean-Luc Picard        | ""                   | William Riker;Data;Geordi La Forge     | true  | a typo in a hyphenated name
            """)
    void judges(String typed, String answer, String accepted, String wrong, boolean right, String why) {
        assertEquals(right, TypedAnswerMatch.accepts(typed, answer, list(accepted), list(wrong)), why);
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
