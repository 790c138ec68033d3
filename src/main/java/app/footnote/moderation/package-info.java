/**
 * Who may moderate Footnote on a server. Chat adapters ask here before running a moderator command; the chat
 * platform's own rights (such as Discord's Manage Server) are the adapter's to check.
 */
package app.footnote.moderation;
