package app.footnote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged bot generates: its jar lays out CoreNLP and its models as the bot runs them (in the tests they are
 * loaded differently, once per JVM), and a layout where CoreNLP cannot find its models fails only here.
 */
class PackagedGenerateIT {

    @TempDir
    Path dir;

    @Test
    void thePackagedBotWritesQuestionsFromAnArticle() throws Exception {
        Path article = dir.resolve("takeover.txt");
        Files.writeString(article, """
                ---
                title: Cedar Bank agrees to buy Lakeside Financial
                outlet: Daily Ledger
                ---
                Cedar Bank agreed on Monday to buy Lakeside Financial for $2.4 billion in cash.
                Lakeside shareholders will receive $41 a share, a premium of 28% to Friday's closing price.
                The deal, the largest in the region since 2019, is expected to close in the first half of next year.
                Cedar Bank chief executive Maria Lopez said the combined bank would have 310 branches.
                """);
        Path drafts = dir.resolve("drafts.yaml");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process generate = new ProcessBuilder(java, "-Xmx1500m", "-jar",
                Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString(), "generate", "--out",
                drafts.toString(), article.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("generate.log").toFile()).start();

        assertTrue(generate.waitFor(5, TimeUnit.MINUTES), "generate did not finish");
        String log = Files.readString(dir.resolve("generate.log"));
        assertEquals(0, generate.exitValue(), log);
        assertTrue(log.contains("Language models loaded"), log);
        String yaml = Files.readString(drafts);
        assertTrue(yaml.contains("quote: Cedar Bank agreed on Monday to buy Lakeside Financial for $2.4 billion in cash."),
                yaml);
    }
}
