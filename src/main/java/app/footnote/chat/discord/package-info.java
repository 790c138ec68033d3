/**
 * The Discord adapter, on Javacord: the connection, the interaction router, the reply funnel ({@code DiscordReply},
 * {@code Responses}, {@code ChannelMessages}), component ids and the handler interfaces the features implement.
 * One sub-package per feature ({@code round}, {@code scores}, {@code daily}, {@code moderation}); every Javacord type
 * stays in this package and those below it.
 */
package app.footnote.chat.discord;
