/**
 * The Discord adapter: the only package that may use Javacord. It translates Discord interactions into the neutral
 * commands of {@code app.footnote.chat} and their replies back into messages, embeds and buttons.
 */
package app.footnote.chat.discord;
