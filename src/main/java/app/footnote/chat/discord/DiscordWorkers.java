package app.footnote.chat.discord;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The threads that do interactions' work. Javacord calls listeners on its own few threads, which must stay free to
 * acknowledge other interactions within Discord's three seconds, so database work is handed over to these.
 */
@ApplicationScoped
public class DiscordWorkers implements Executor {

    private final ExecutorService pool;

    DiscordWorkers(DiscordConfig config) {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "discord-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
