/**
 * What every chat adapter shares: the options players give the game's commands, parsed once
 * ({@link app.footnote.chat.CommandOptions}), and the sentences the services' outcomes are told with
 * ({@link app.footnote.chat.ChatTexts}). The adapters underneath ({@code discord}, {@code local}) translate their
 * platform's requests into calls on the services and these into their platform's replies; no game rule lives here.
 */
package app.footnote.chat;
