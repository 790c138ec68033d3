package app.footnote.game;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * The one {@link AnswerWriter}, and the bot's hottest write. Every answer is durable before its player is told "Locked
 * in"; to make that cheap, answers that arrive while a commit is under way queue up and share the next commit (group
 * commit): one thread drains the queue into one transaction, commits, and only then answers each waiting caller.
 * <p>
 * Each transaction first locks the rows of the open rounds it writes to, so a reveal (which updates the same row)
 * either waits for these answers or comes first and turns them away as closed; and so two processes writing to one
 * round take turns, which keeps the "not answered yet" check exact. The unique constraint on (round, user) remains
 * the last word.
 */
@ApplicationScoped
public class GroupCommitAnswerWriter implements AnswerWriter {

    /** Enough to absorb a burst of clicks in one commit while keeping each transaction in the milliseconds. */
    static final int MAX_BATCH = 500;
    private static final int MAX_WAITING = 20_000;
    private static final Logger LOG = Logger.getLogger(GroupCommitAnswerWriter.class);

    /** What one answer does in the database (the benchmark's raw JDBC baseline runs the same statements). */
    public static final String LOCK_OPEN_ROUND = "select id from round where id = ? and revealed_at is null"
            + " for update";
    public static final String INSERT_IF_NEW = "insert into answer (round_id, user_id, display_name, choice_index,"
            + " typed_answer, correct, points, answered_at) select ?, ?, ?, ?, ?, ?, ?,"
            + " cast(? as timestamp with time zone)"
            + " where not exists (select 1 from answer where round_id = ? and user_id = ?)";

    private record Pending(NewAnswer answer, CompletableFuture<Written> result) {
    }

    private final AgroalDataSource dataSource;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>(MAX_WAITING);
    private volatile boolean stopping;
    private Thread thread;

    public GroupCommitAnswerWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void start() {
        thread = new Thread(this::run, "footnote-answer-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }

    /** A full queue makes the caller wait its turn. */
    @Override
    public Written write(NewAnswer answer) {
        if (stopping) {
            throw new IllegalStateException("Footnote is stopping; answers are no longer taken");
        }
        Pending pending = new Pending(answer, new CompletableFuture<>());
        try {
            waiting.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to store an answer", e);
        }
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!stopping || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // Never leave a caller waiting, and keep writing for the next ones.
                LOG.error("Could not store a batch of answers", e);
                batch.forEach(pending -> pending.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** Writes the batch in one transaction; if it fails, each answer alone, so one bad answer fails only itself. */
    private void commit(List<Pending> batch) {
        try {
            Map<Pending, Written> written = transaction(batch);
            batch.forEach(pending -> pending.result().complete(written.get(pending)));
        } catch (SQLException | RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).result().completeExceptionally(new PersistenceException(e));
                return;
            }
            LOG.debugf(e, "A batch of %d answers failed; storing them one by one", batch.size());
            for (Pending pending : batch) {
                commit(List.of(pending));
            }
        }
    }

    private Map<Pending, Written> transaction(List<Pending> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<Pending, Written> written = write(connection, batch);
                connection.commit();
                return written;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static Map<Pending, Written> write(Connection connection, List<Pending> batch) throws SQLException {
        Set<Long> open = lockOpenRounds(connection, batch);
        Map<Pending, Written> written = new HashMap<>();
        List<Pending> inserted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_NEW)) {
            for (Pending pending : batch) {
                NewAnswer answer = pending.answer();
                if (!open.contains(answer.roundId())) {
                    written.put(pending, Written.CLOSED);
                } else if (!seen.add(answer.roundId() + "\n" + answer.userId())) {
                    written.put(pending, Written.ALREADY_ANSWERED);
                } else {
                    insert.setLong(1, answer.roundId());
                    insert.setString(2, answer.userId());
                    insert.setString(3, answer.displayName());
                    insert.setObject(4, answer.choiceIndex(), Types.INTEGER);
                    insert.setString(5, answer.typedAnswer());
                    insert.setBoolean(6, answer.correct());
                    insert.setInt(7, answer.points());
                    insert.setTimestamp(8, Timestamp.from(answer.answeredAt()));
                    insert.setLong(9, answer.roundId());
                    insert.setString(10, answer.userId());
                    insert.addBatch();
                    inserted.add(pending);
                }
            }
            if (!inserted.isEmpty()) {
                int[] counts = insert.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    written.put(inserted.get(i), counts[i] == 0 ? Written.ALREADY_ANSWERED : Written.LOCKED_IN);
                }
            }
        }
        return written;
    }

    /** Locks the batch's rounds that are still open, in id order so that two writers never wait on each other. */
    private static Set<Long> lockOpenRounds(Connection connection, List<Pending> batch) throws SQLException {
        Set<Long> rounds = new TreeSet<>();
        batch.forEach(pending -> rounds.add(pending.answer().roundId()));
        Set<Long> open = new HashSet<>();
        try (PreparedStatement lock = connection.prepareStatement(LOCK_OPEN_ROUND)) {
            for (long round : rounds) {
                lock.setLong(1, round);
                try (ResultSet row = lock.executeQuery()) {
                    if (row.next()) {
                        open.add(round);
                    }
                }
            }
        }
        return open;
    }
}
