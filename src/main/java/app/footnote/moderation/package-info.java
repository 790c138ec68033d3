/**
 * How a server makes the bank its own: who may moderate, its own questions, shared questions switched off, the
 * change log, import and export in the bank's format, drafts (moderators' adds and edits awaiting confirmation,
 * members' suggestions awaiting review), and players' reports of questions with the moderators' decisions on them.
 * Chat adapters and the REST API call these services; the chat platform's own rights (such as Discord's Manage
 * Server) are the adapter's to check.
 */
package app.footnote.moderation;
