/**
 * The chat adapters. Each translates its platform's requests into calls on the game and score services and their
 * records into its platform's replies; no game rule lives here.
 */
package app.footnote.chat;
