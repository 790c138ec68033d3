/**
 * The question bank: the YAML files under {@code questions/}, the rules every question must pass, and the import that
 * keeps the database in step with the files. Reading and validating are plain Java so the command line, the tests and
 * the start-up import all apply exactly the same rules.
 */
package app.footnote.bank;
