package app.footnote.chat.discord;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.message.Message;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.jboss.logging.Logger;

import app.footnote.log.FailureReference;

/**
 * Acknowledges an interaction at once and replies when the work is done. Discord drops an interaction that is not
 * acknowledged within three seconds, so the deferral is sent from the listener thread and the work runs on a worker.
 * Any failure reaches the user as a private "something went wrong" with a reference that is also in the log.
 */
@ApplicationScoped
public class Responses {

    private static final Logger LOG = Logger.getLogger(Responses.class);

    private final DiscordWorkers workers;

    Responses(DiscordWorkers workers) {
        this.workers = workers;
    }

    /** @param ephemeral whether to defer privately; a private reply to a public deferral replaces it */
    CompletableFuture<Void> deferThenReply(InteractionBase interaction, boolean ephemeral,
            Supplier<DiscordReply> work) {
        CompletableFuture<InteractionOriginalResponseUpdater> deferral = interaction.respondLater(ephemeral);
        return deferral.thenComposeAsync(updater -> deliver(interaction, updater, ephemeral, work.get()), workers)
                .exceptionallyCompose(error -> deferral.isCompletedExceptionally()
                        ? CompletableFuture.runAsync(() -> logFailure(interaction, error))
                        : deliver(interaction, deferral.join(), ephemeral, somethingWentWrong(interaction, error)))
                .exceptionally(error -> {
                    // Not even the apology got through (Discord unreachable, say): the log is all that is left.
                    logFailure(interaction, error);
                    return null;
                });
    }

    /**
     * For what opens a form: Discord wants the form as the first answer, so the work (a permission check, the values
     * to prefill) runs on a worker and the form or a refusal follows within Discord's three seconds.
     */
    CompletableFuture<Void> modalOrReply(InteractionBase interaction, Supplier<FirstResponse> work) {
        return CompletableFuture.supplyAsync(work, workers).thenCompose(first -> first.modal() != null
                ? interaction.respondWithModal(first.modal().customId(),
                        DiscordText.shorten(first.modal().title(), DiscordModal.TITLE), first.modal().rows())
                : replyNow(interaction, first.reply()))
                .exceptionallyCompose(error -> replyNow(interaction, somethingWentWrong(interaction, error)));
    }

    /** For what needs no database and no waiting: the reply itself is the acknowledgement. */
    CompletableFuture<Void> replyNow(InteractionBase interaction, DiscordReply reply) {
        return reply.applyTo(interaction.createImmediateResponder()).respond().thenAccept(updater -> {
        }).exceptionally(error -> {
            logFailure(interaction, error);
            return null;
        });
    }

    private CompletableFuture<Void> deliver(InteractionBase interaction, InteractionOriginalResponseUpdater updater,
            boolean deferredEphemeral, DiscordReply reply) {
        CompletableFuture<Message> sent;
        if (reply.ephemeral() && !deferredEphemeral) {
            // Everyone saw "Footnote is thinking…"; the answer is for one user, so the public placeholder goes.
            sent = updater.delete().thenCompose(done -> reply.applyTo(interaction.createFollowupMessageBuilder())
                    .send());
        } else {
            sent = reply.applyTo(updater).update();
        }
        return sent.thenAcceptAsync(message -> {
            try {
                reply.whenSent().accept(message);
            } catch (RuntimeException e) {
                // The user already has the reply; replacing it with an error would take away what worked.
                logFailure(interaction, e);
            }
        }, workers);
    }

    private DiscordReply somethingWentWrong(InteractionBase interaction, Throwable error) {
        String reference = logFailure(interaction, error);
        return DiscordReply.privately("Something went wrong on Footnote's side (reference `" + reference
                + "`). Please try again; if it keeps happening, give the reference to whoever runs the bot.");
    }

    /** Logs the failure with a short reference the user can quote, and returns the reference. */
    static String logFailure(InteractionBase interaction, Throwable error) {
        String reference = FailureReference.next();
        LOG.errorf(error, "Discord interaction failed [reference %s]: %s from user %s", reference,
                interaction.getType(), interaction.getUser() == null ? "?" : interaction.getUser().getIdAsString());
        return reference;
    }
}
