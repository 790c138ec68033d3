package app.footnote.bank.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Well-known names of a kind, to recognise a place in a sentence and to offer wrong choices when the articles name
 * too few: nobody mistakes "Italy" for a made-up answer to "in which country".
 */
final class Gazetteer {

    static final Map<Kind, List<String>> NAMES = Map.of(
            Kind.COUNTRY, List.of("France", "Italy", "Spain", "Germany", "Ireland", "Canada", "Portugal", "Scotland",
                    "England", "Switzerland", "Belgium", "Netherlands", "Austria", "Greece", "Japan", "Australia",
                    "Mexico", "Brazil", "India", "China", "United States", "US", "United Kingdom", "UK"),
            Kind.REGION, List.of("California", "New York", "Georgia", "British Columbia", "Ontario", "Texas",
                    "Louisiana", "Illinois", "New Mexico", "Florida", "Washington", "Massachusetts", "Quebec"),
            Kind.PLANET, List.of("Earth", "Mars", "Vulcan", "Romulus", "Bajor", "Cardassia", "Qo'noS", "Remus",
                    "Jupiter", "Venus", "Saturn", "Mercury", "Neptune", "Ferenginar", "Andoria"),
            Kind.SHIP, List.of("USS Enterprise", "USS Voyager", "USS Defiant", "USS Stargazer", "USS Titan",
                    "USS Discovery", "USS Cerritos", "USS Protostar"),
            Kind.ORGANISATION, List.of("Starfleet", "Federation", "Borg", "Tal Shiar", "Zhat Vash", "Section 31",
                    "Maquis", "Obsidian Order", "Klingon Empire", "Dominion"));

    private Gazetteer() {
    }

    /** A country or a state the name is, if it is one. */
    static Optional<Value> place(String name) {
        for (Kind kind : List.of(Kind.COUNTRY, Kind.REGION)) {
            for (String known : NAMES.get(kind)) {
                if (known.equalsIgnoreCase(name.strip())) {
                    return Optional.of(Value.name(kind, known));
                }
            }
        }
        return Optional.empty();
    }
}
