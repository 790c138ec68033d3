/**
 * Moderation in Discord: {@code /trivia-admin} (settings, questions, review), {@code /trivia-suggest}, the question
 * form and its buttons, and who may moderate. The rules live in {@code app.footnote.moderation}.
 */
package app.footnote.chat.discord.moderation;
