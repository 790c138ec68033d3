package app.footnote.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.bank.Article;
import app.footnote.bank.ArticleSentences;
import app.footnote.bank.QuestionSource;

/**
 * A revealed round's evidence: each quote in its sentence, with the sentences before and after it from the article,
 * as the round asked it, whatever was edited since.
 */
@ApplicationScoped
public class ShowSource {

    /** @param guildId the server asking: another server's round is no round here */
    @Transactional
    public SourceOutcome show(String guildId, long roundId) {
        Round round = Round.findById(roundId);
        if (round == null || !round.guildId.equals(guildId)) {
            return new SourceOutcome.NoSuchRound();
        }
        if (round.revealedAt == null) {
            return new SourceOutcome.NotYetRevealed();
        }
        return new SourceOutcome.Shown(round.id, round.askedPrompt, round.askedAnswer, !round.askedAsNow(),
                round.askedSources.stream().map(ShowSource::passage).toList());
    }

    private static SourceOutcome.Passage passage(QuestionSource source) {
        Reveal.Footnote footnote = RevealRound.footnote(source);
        if (source.articleId == null) {
            return new SourceOutcome.Passage(footnote, null, null, null);
        }
        Article article = Article.findById(source.articleId);
        return ArticleSentences.around(article.body, source.quote)
                .map(p -> new SourceOutcome.Passage(footnote, p.before(), p.sentence(), p.after()))
                .orElse(new SourceOutcome.Passage(footnote, null, null, null));
    }
}
