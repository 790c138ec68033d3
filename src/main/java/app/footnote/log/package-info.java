/** What the adapters share about failures: the reference a user is given and the log carries. */
package app.footnote.log;
