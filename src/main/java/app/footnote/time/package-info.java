/** Time as a dependency: every rule that depends on "now" takes the injected {@link java.time.Clock}. */
package app.footnote.time;
