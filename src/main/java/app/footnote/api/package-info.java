/**
 * The HTTP API for dashboards, scripts and moderators. Resources here are thin: they translate HTTP to the feature
 * services and back.
 */
package app.footnote.api;
