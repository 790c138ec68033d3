/** Small helpers for what the database tells us, shared by the features that rely on its constraints. */
package app.footnote.db;
