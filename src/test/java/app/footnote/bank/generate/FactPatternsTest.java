package app.footnote.bank.generate;

import static app.footnote.bank.generate.Articles.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each pattern, on sentences written for it about a show that does not exist. */
class FactPatternsTest {

    private static final String W = Articles.WORK;

    private static void reads(String sentence, String... expected) {
        List<String> found = facts(sentence);
        for (String fact : expected) {
            assertTrue(found.contains(fact), "expected " + fact + " in " + found);
        }
    }

    @Test
    void datesOfPremiereInEveryFormatAreOneValue() {
        reads("Galaxy Quest: Rebirth premieres Thursday, March 5, 2026 on Paramount Plus.",
                "premiere-date(" + W + ") = March 5, 2026", "premiere-service(" + W + ") = Paramount Plus");
        reads("The series premiered on 5 March 2026; fans cheered.", "premiere-date(" + W + ") = March 5, 2026");
        reads("- Release Date: 2026-03-05.", "premiere-date(" + W + ") = March 5, 2026");
    }

    @Test
    void monthsOfFilmingAndRumours() {
        reads("Filming began in Georgia in October 2024; the title came later.",
                "filming-start(" + W + ") = October 2024", "filming-place(" + W + ") = Georgia");
        reads("Rumours began to circulate in May 2023, after a casting call.", "rumours(" + W + ") = May 2023");
    }

    @Test
    void moneyForTwoSeasonsInOneSentence() {
        reads("Season 2 has already been allocated $31.5 million in Georgia film credits for filming, more than "
                + "season 1 was granted ($18 million).",
                "money(season 2 of " + W + ") = $31.5 million", "money(season 1 of " + W + ") = $18 million");
    }

    @Test
    void percentagesAndRatings() {
        reads("The series received a 91% approval rating with an average rating of 8.1/10.",
                "approval-rating(" + W + ") = 91%", "average-rating(" + W + ") = 8.1/10");
        reads("The network said Galaxy Quest: Rebirth drew 40% more viewers than any other show on its service.",
                "viewership(" + W + ") = 40%");
    }

    @Test
    void countsOfEpisodesAndAnnouncedThings() {
        reads("The first season released with eight episodes.", "episodes(season 1 of " + W + ") = 8 episodes");
        reads("The network renewed it for a second 12-episode season.", "episodes(season 2 of " + W + ") = 12 episodes");
        reads("Paramount also announced the release of four novels under the same banner.",
                "announced(Paramount) = 4 novels");
    }

    @Test
    void durationsAfterAFilmAndBreaks() {
        reads("The show is set about thirty years after the events of 1999's Galaxy Quest.",
                "years-after(Galaxy Quest) = 30 years", "year(Galaxy Quest) = 1999");
        reads("The franchise returned after a fifteen year break after Galaxy Quest concluded.",
                "break(Galaxy Quest) = 15 years");
        reads("The commander makes a return to the screen after 25 years.", "return(the commander) = 25 years");
        reads("- Running Time: 52 minutes.", "running-time(" + W + ") = 52 minutes");
    }

    @Test
    void placeInTheFranchiseAndCentury() {
        reads("It is the third series in the Galaxy Quest franchise and is set in the 23rd century.",
                "installment(" + W + ") = Third", "century(" + W + ") = 23rd century");
    }

    @Test
    void castFromListsAndFromSentences() {
        reads("- Tim Allen as Jason Nesmith:", "actor(Jason Nesmith) = Tim Allen");
        reads("• Sigourney Weaver as Gwen “Lieutenant” DeMarco", "actor(Gwen “Lieutenant” DeMarco) = Sigourney Weaver");
        reads("It stars Alan Rickman, with Tony Shalhoub reprising his role as beloved (now retired) Commander Fred Kwan.",
                "actor(Fred Kwan) = Tony Shalhoub");
        reads("Sam Rockwell is a producer of the film and stars as Guy Fleegman.", "actor(Guy Fleegman) = Sam Rockwell");
    }

    @Test
    void aNameWithAsInARunningSentenceIsNotCast() {
        assertTrue(facts("Justin Long as a teenager watched every episode.").stream()
                .noneMatch(fact -> fact.startsWith("actor")));
    }

    @Test
    void listsOfCreatorsProducersAndCompanies() {
        reads("Galaxy Quest: Rebirth is a web series created for Paramount Plus by Dean Parisot, Robert Gordon and "
                + "David Howard.", "creators(" + W + ") = Dean Parisot | Robert Gordon | David Howard");
        reads("Dean Parisot, Robert Gordon, and David Howard are the creators of the series.",
                "creators(" + W + ") = Dean Parisot | Robert Gordon | David Howard");
        reads("- Producer(s): Mark Johnson, Charles Newirth. Elizabeth Cantillon, and Sam Rockwell.",
                "producers(" + W + ") = Mark Johnson | Charles Newirth | Elizabeth Cantillon | Sam Rockwell");
        reads("Mark Johnson is the executive producer of the series.", "producers(" + W + ") = Mark Johnson");
        reads("- Production: Gran Via Productions, and DreamWorks Television.",
                "production-companies(" + W + ") = Gran Via Productions | DreamWorks Television");
        reads("- Distributor: Paramount Television.", "distributor(" + W + ") = Paramount Television");
        reads("- Director(s): Dean Parisot.", "director(" + W + ") = Dean Parisot");
        reads("- Music: David Newman.", "composer(" + W + ") = David Newman");
    }

    @Test
    void showrunnerOfASeason() {
        reads("However, Robert Gordon will be stepping away as showrunner on season 3 to write a novel.",
                "showrunner(season 3 of " + W + ") = Robert Gordon");
    }

    @Test
    void outletsOnlyWhenTheArticleCitesThem() {
        reads("Variety is reporting Rebirth season 2 is moving forward, ahead of the launch.",
                "reported-by(Rebirth season 2 is moving forward) = Variety");
        reads("In an interview with The Wrap, Tim Allen revealed the cast is close.", "interview(Tim Allen) = The Wrap");
        assertTrue(facts("Bob's Blog is reporting the show is cancelled.").stream()
                .noneMatch(fact -> fact.startsWith("reported-by")), "an outlet the article does not cite");
    }

    @Test
    void placesPlanetsShipsAndOrganisations() {
        reads("Jason finds its namesake living in retirement on his family's farm in Ireland, far from the fans.",
                "retirement(Rebirth) = Ireland");
        reads("Nesmith asked Kwan to make a detour to the planet Thermia, where he helped rescue the Thermian crew.",
                "planet(Nesmith) = Thermia");
        reads("The destruction of the planet Thermia in the 1999 film Galaxy Quest still haunts him.",
                "destroyed-planet(the 1999 film Galaxy Quest) = Thermia");
        reads("Nesmith and Kwan beam up to Protector Two, where the crew waits.",
                "ship(Nesmith and Kwan) = Protector Two");
        reads("They visit the Thermian Council, alien diplomats who took in a boy named Laliari, years ago.",
                "organisation(alien diplomats took in a boy named Laliari) = Thermian Council");
    }

    @Test
    void titlesOfNewSeriesAndReturnYears() {
        reads("The studio is already producing a new series that will be called ‘Omega Rising’ and more.",
                "new-series(the studio) = Omega Rising");
        reads("The franchise returned to the small screen (after years away) in 2019 with Galaxy Quest: Origins, "
                + "a prequel.", "return-year(Galaxy Quest: Origins) = 2019");
    }

    @Test
    void theSameFactInOneSentenceIsReadOnce() {
        List<String> found = facts("Galaxy Quest: Rebirth premiered on March 5, 2026, on Paramount Plus.");

        assertEquals(1, found.stream().filter(f -> f.startsWith("premiere-date")).count(), found.toString());
    }
}
