package app.footnote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.footnote.testing.Questions;
import app.footnote.testing.TestDatabase;

/**
 * The packaged bot, killed with SIGKILL while players are answering, then started again on the same data folder:
 * whatever it had acknowledged must still be there. Runs in {@code ./mvnw verify}, after the jar is built, on H2 and,
 * where the build has a PostgreSQL server to test on, again on PostgreSQL.
 */
class CrashIT {

    private static final String TOKEN = "crash-test-token";
    private static final String GUILD = "123456789012345678";
    private static final int IMPORTED = 50;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern PROMPT = Pattern.compile("\"prompt\"\\s*:\\s*\"([^\"]*)\"");

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port = freePort();
    private Process bot;

    @AfterEach
    void stopTheBot() {
        if (bot != null) {
            bot.destroyForcibly();
        }
    }

    @Test
    @DisplayName("After kill -9, every acknowledged answer, round and import is there, and no round id is reused")
    void whatWasAcknowledgedSurvivesAKill() throws Exception {
        // GIVEN a bot with an open round that players are answering
        bot = start(true);
        assertEquals(200, put("/api/local/settings", "{\"roundSeconds\":300}").statusCode());
        long answered = startRound("crash-a");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService players = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            players.submit(() -> {
                for (int n = 0; !killed.get(); n++) {
                    String player = "player-" + thread + "-" + n;
                    String choice = String.valueOf("ABCD".charAt(n % 4));
                    try {
                        if (answer(answered, player, choice).statusCode() == 200) {
                            acknowledged.put(player, choice);
                        }
                    } catch (IOException e) {
                        return; // the bot is gone
                    }
                }
            });
        }

        // WHEN, mid-stream and right after an import and a round start were acknowledged, the process is killed
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        StringBuilder yaml = new StringBuilder("questions:\n");
        for (int i = 0; i < IMPORTED; i++) {
            yaml.append(Questions.yaml("crash-" + i, "production", "Who stepped away as showrunner, case " + i + "?"));
        }
        HttpResponse<String> imported = send(HttpRequest
                .newBuilder(uri("/api/guilds/" + GUILD + "/questions/import"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml.toString())));
        assertEquals(200, imported.statusCode(), imported.body());
        HttpResponse<String> started = post("/api/local/rounds", "{\"channel\":\"crash-b\"}");
        assertEquals(201, started.statusCode(), started.body());
        bot.destroyForcibly().waitFor();
        killed.set(true);
        players.shutdown();
        assertTrue(players.awaitTermination(30, TimeUnit.SECONDS));
        long startedLast = number(ID, started.body());
        String promptOfLast = text(PROMPT, started.body());

        bot = start(false);

        // THEN every acknowledged answer stands: answering again is refused with the first choice
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> answer : acknowledged.entrySet()) {
            String other = answer.getValue().equals("A") ? "B" : "A";
            HttpResponse<String> again = answer(answered, answer.getKey(), other);
            if (again.statusCode() != 409 || !again.body().contains("You already answered " + answer.getValue())) {
                lost.add(answer.getKey() + " " + again.statusCode() + " " + again.body());
            }
        }
        System.out.printf("CrashIT: %d answers acknowledged before the kill, %d lost%n", acknowledged.size(),
                lost.size());
        assertTrue(acknowledged.size() >= 100, "only " + acknowledged.size() + " answers before the kill");
        assertEquals(0, lost.size(), lost.size() + " of " + acknowledged.size() + " acknowledged answers lost, e.g. "
                + lost.subList(0, Math.min(3, lost.size())));
        // AND the round started just before the kill is there, asking what it asked, and its id is not handed out again
        HttpResponse<String> round = get("/api/local/rounds/" + startedLast);
        assertEquals(200, round.statusCode(), round.body());
        assertEquals(promptOfLast, text(PROMPT, round.body()));
        long next = startRound("crash-c");
        assertNotEquals(startedLast, next);
        assertNotEquals(answered, next);
        // AND the import is there whole
        HttpResponse<String> questions = get("/api/guilds/" + GUILD + "/questions?origin=server");
        assertTrue(questions.body().contains("\"total\":" + IMPORTED), questions.body());
    }

    private Process start(boolean fresh) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                "-Dfootnote.local.enabled=true"));
        command.addAll(TestDatabase.packagedBotOptions(data, "crash-it", fresh));
        command.addAll(List.of("-jar", TestDatabase.packagedBot().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("bot.log").toFile()));
        builder.environment().remove("DISCORD_TOKEN");
        builder.environment().put("FOOTNOTE_ADMIN_TOKEN", TOKEN);
        Process process = builder.start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the bot did not start: " + Files.readString(data.resolve("bot.log")));
    }

    private long startRound(String channel) throws Exception {
        HttpResponse<String> started = post("/api/local/rounds", "{\"channel\":\"" + channel + "\"}");
        assertEquals(201, started.statusCode(), started.body());
        return number(ID, started.body());
    }

    private HttpResponse<String> answer(long round, String player, String choice) throws IOException {
        return post("/api/local/rounds/" + round + "/answers",
                "{\"player\":\"" + player + "\",\"choice\":\"" + choice + "\"}");
    }

    private HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, String json) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> put(String path, String json) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static long number(Pattern pattern, String json) {
        return Long.parseLong(text(pattern, json));
    }

    private static String text(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
