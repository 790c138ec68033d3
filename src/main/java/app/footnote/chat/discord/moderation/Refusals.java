package app.footnote.chat.discord.moderation;

import java.util.function.Function;
import java.util.function.Supplier;

import app.footnote.bank.InvalidBankException;
import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.moderation.QuestionConflictException;
import app.footnote.moderation.QuestionNotFoundException;
import app.footnote.moderation.SuggestionRefusedException;
import app.footnote.moderation.TooLargeException;
import app.footnote.news.FeedRefusedException;
import app.footnote.news.LinkRefusedException;

/** The moderation services' refusals, which are the user's to fix, as private replies rather than failures. */
final class Refusals {

    private Refusals() {
    }

    static DiscordReply privatelyIfRefused(Supplier<DiscordReply> work) {
        return orElse(work, Function.identity());
    }

    /** The work's result, or what {@code refused} makes of the private reply that explains a refusal. */
    static <T> T orElse(Supplier<T> work, Function<DiscordReply, T> refused) {
        try {
            return work.get();
        } catch (QuestionNotFoundException | QuestionConflictException | SuggestionRefusedException
                | TooLargeException | LinkRefusedException | FeedRefusedException e) {
            return refused.apply(DiscordReply.privately(DiscordText.escape(e.getMessage())));
        } catch (InvalidBankException e) {
            return refused.apply(DiscordReply.privately(new DiscordEmbed("Nothing was changed")
                    .color(DiscordEmbed.TROUBLE_RED).description(DiscordText.escape(e.getMessage()))));
        }
    }
}
