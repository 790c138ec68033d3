package app.footnote.news;

/**
 * What one poll brought a server from its feeds, for the chat adapter to tell its moderators: fired at most once per
 * server per poll, and only when there is something new.
 *
 * @param channelId where to tell them: the server's notice channel, else where its newest feed that brought questions
 *        was added
 * @param queued new questions waiting for review
 * @param played new questions that went straight into play
 * @param waiting every question waiting for review now, these included
 */
public record FeedQuestions(String guildId, String channelId, int queued, int played, long waiting) {
}
