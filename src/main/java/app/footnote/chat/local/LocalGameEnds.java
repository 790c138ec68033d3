package app.footnote.chat.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import app.footnote.game.GameEnded;
import app.footnote.game.Origin;
import app.footnote.game.StandingsShown;

/**
 * A local game's final standings are shown from its row ({@code GET /api/local/games/{id}}), so they are shown as soon
 * as it has ended: nothing is left for a restart to post.
 */
@ApplicationScoped
class LocalGameEnds {

    private final StandingsShown standingsShown;

    LocalGameEnds(StandingsShown standingsShown) {
        this.standingsShown = standingsShown;
    }

    void onEnded(@Observes GameEnded event) {
        if (event.standings().game().origin() == Origin.LOCAL) {
            standingsShown.record(event.standings().game().id());
        }
    }
}
