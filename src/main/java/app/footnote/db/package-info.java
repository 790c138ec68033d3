/**
 * Small helpers for what the database tells us, shared by the features that rely on its constraints.
 * <p>
 * How the code reaches the database, one way each: every table has a Panache entity in the feature that owns it;
 * reads are HQL or Panache, typed (an entity, a value, or a record the select list fills); native SQL only where HQL
 * cannot say it, with the reason beside it. A unit of work is the service method marked {@code @Transactional}.
 * Where a caller needs a transaction of its own per item (a loop of rounds or servers, where one failure must not
 * undo the others), per attempt (a retry after losing a race to another process) or after its commit (a follow-up
 * whose failure must be contained), it uses {@code QuarkusTransaction.requiringNew()}, and only that. The one
 * exception is the answers' group commit, which drives its JDBC transactions itself ({@code GroupCommitAnswerWriter}).
 */
package app.footnote.db;
