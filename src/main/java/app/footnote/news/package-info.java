/**
 * News in: an article fetched by its link through one guarded door ({@link app.footnote.news.GuardedFetch}), its main
 * text and metadata read from the page, and its questions generated and queued for review; and the RSS and Atom feeds
 * a server follows, polled so that each new item's article is read once. Every refusal of a link says why, and
 * nothing is stored for a link that was refused.
 */
package app.footnote.news;
