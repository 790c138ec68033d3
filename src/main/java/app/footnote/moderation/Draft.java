package app.footnote.moderation;

import app.footnote.moderation.QuestionDraft.Kind;

/**
 * A draft as its author's and moderators' screens need it.
 *
 * @param channelId where the author was, to tell them there when their suggestion is approved; may be {@code null}
 */
public record Draft(long id, Kind kind, String authorId, String authorName, String channelId) {

    static Draft of(QuestionDraft draft) {
        return new Draft(draft.id, draft.kind, draft.authorId, draft.authorName, draft.channelId);
    }
}
