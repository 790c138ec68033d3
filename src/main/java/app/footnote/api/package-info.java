/**
 * The HTTP API for dashboards, scripts and moderators. Resources here are thin: they translate HTTP to the feature
 * services and back.
 *
 * <p>
 * <b>Errors, one way.</b> What a caller did wrong is a typed exception thrown by the service that found it
 * ({@code InvalidBankException}, {@code QuestionNotFoundException}, {@code QuestionConflictException},
 * {@code TooLargeException}, {@code InvalidScheduleException}, {@code InvalidRoundLengthException}; here
 * {@link app.footnote.api.ApiProblemException} for what only HTTP can get wrong), and {@link app.footnote.api.ProblemMappers}
 * turns each into its status (a resource whose body names the field otherwise, such as the local API's
 * {@code roundSeconds}, catches it to name the field as its body does). What happened in a game that went its ordinary way (a round
 * closed, nothing matched) is an outcome record, not an error. {@code IllegalArgumentException} and
 * {@code IllegalStateException} are the code's own mistakes: they are a 500 with a log reference, never a 400. Every
 * HTTP error, Quarkus's own 401, 403, 404, 405, 406, 413 and 415 included, is {@link app.footnote.api.Problem}
 * ({@code application/problem+json}).
 *
 * <p>
 * <b>The admin token</b> is Quarkus Security's: {@link app.footnote.api.AdminTokenMechanism} reads the bearer token,
 * {@link app.footnote.api.AdminTokenIdentityProvider} compares it, and an endpoint asks for it with
 * {@code @RolesAllowed(AdminTokenMechanism.ROLE)} or, for answers in a public read, the identity's role.
 */
package app.footnote.api;
