package app.footnote.chat.discord.round;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Remembers which message shows which round. */
@ApplicationScoped
public class RoundPosts {

    @Transactional
    public void record(long roundId, String channelId, String messageId) {
        RoundPost post = new RoundPost();
        post.roundId = roundId;
        post.channelId = channelId;
        post.messageId = messageId;
        post.persist();
    }

    @Transactional
    Optional<RoundPost> find(long roundId) {
        return RoundPost.findByIdOptional(roundId);
    }
}
