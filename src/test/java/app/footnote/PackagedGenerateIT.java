package app.footnote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.footnote.testing.TakeoverStories;

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
        Files.writeString(article, TakeoverStories.LEDGER);
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
        assertTrue(yaml.contains("quote: Cedar Bank agreed to buy Lakeside Financial for $2.4 billion on Monday."),
                yaml);
    }
}
