package app.footnote.daily;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.footnote.db.UniqueViolation;
import app.footnote.game.NewsWindow;
import app.footnote.game.RoundView;
import app.footnote.game.StartRound;
import app.footnote.game.ThisProcess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Posts every due daily question, each server in its own transaction: one failing server never stops the others. The
 * {@code daily_post} primary key (server, local date) makes each post happen once, whichever process or tick gets
 * there first; a post missed while the bot was down goes out at start-up if its answers would still be open.
 */
@ApplicationScoped
public class PostDailyQuestions {

    private static final Logger LOG = Logger.getLogger(PostDailyQuestions.class);

    private final Clock clock;
    private final EntityManager em;
    private final StartRound startRound;
    private final Event<DailyPosted> posted;
    private final ThisProcess thisProcess;

    public PostDailyQuestions(Clock clock, EntityManager em, StartRound startRound, Event<DailyPosted> posted,
            ThisProcess thisProcess) {
        this.clock = clock;
        this.em = em;
        this.startRound = startRound;
        this.posted = posted;
        this.thisProcess = thisProcess;
    }

    /** Every minute (env FOOTNOTE_DAILY_EVERY); the adapters send the messages asynchronously, never blocking it. */
    @Scheduled(every = "${footnote.daily.every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        postDue();
    }

    /**
     * Posts what is due now for this process's servers and returns what this call posted (another process may have
     * posted the rest, or serves those servers).
     */
    public List<DailyPosted> postDue() {
        Instant now = clock.instant();
        List<DailySchedule> schedules = schedules().stream()
                .filter(schedule -> thisProcess.serves(schedule.origin, schedule.guildId)).toList();
        Set<String> postedRecently = QuarkusTransaction.requiringNew().call(() -> postedSince(now));
        List<DailyPosted> done = new ArrayList<>();
        for (DailySchedule schedule : schedules) {
            try {
                DailyTimes times = schedule.times();
                Optional<LocalDate> date = times.dueDate(now);
                // A new or changed schedule starts at its next post time, not with a question whose time had passed.
                if (date.isEmpty() || times.postAt(date.get()).isBefore(schedule.updatedAt)
                        || postedRecently.contains(key(schedule.guildId, date.get()))) {
                    continue;
                }
                QuarkusTransaction.requiringNew().call(() -> post(schedule, times, date.get(), now))
                        .ifPresent(post -> {
                            done.add(post);
                            posted.fire(post);
                        });
            } catch (RuntimeException e) {
                // A unique violation means another process posted this date in the same minute, or yesterday's
                // question is still open because the reveal is a tick behind: nothing to do, or try next minute.
                if (!UniqueViolation.isCause(e)) {
                    LOG.errorf(e, "Could not post the daily question of server %s", schedule.guildId);
                }
            }
        }
        return done;
    }

    /**
     * Every schedule in one query; if a row cannot be read (a time zone a newer time-zone database dropped, say),
     * each one alone, so that the broken server is left out and logged while the others still post.
     */
    private List<DailySchedule> schedules() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> DailySchedule.<DailySchedule>listAll());
        } catch (RuntimeException e) {
            List<String> ids = QuarkusTransaction.requiringNew().call(() -> DailySchedule.getEntityManager()
                    .createQuery("select s.guildId from DailySchedule s", String.class).getResultList());
            List<DailySchedule> readable = new ArrayList<>();
            for (String id : ids) {
                try {
                    readable.add(QuarkusTransaction.requiringNew().call(() -> DailySchedule.findById(id)));
                } catch (RuntimeException unreadable) {
                    LOG.errorf(unreadable, "Could not read the daily schedule of server %s", id);
                }
            }
            return readable;
        }
    }

    /**
     * The (server, local date) posts that a due date could still be: local dates run up to a day either side of UTC's,
     * and a due date may be yesterday's. One query, so servers already posted cost nothing each minute.
     */
    private Set<String> postedSince(Instant now) {
        Set<String> keys = new HashSet<>();
        DailyPost.<DailyPost>list("localDate >= ?1", LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(2))
                .forEach(post -> keys.add(key(post.guildId, post.localDate)));
        return keys;
    }

    private static String key(String guildId, LocalDate date) {
        return guildId + "/" + date;
    }

    /** The round of the server's latest daily question, open or revealed. */
    @Transactional
    public Optional<Long> latestRound(String guildId) {
        return em.createQuery("select p.roundId from DailyPost p where p.guildId = :guild order by p.localDate desc",
                Long.class).setParameter("guild", guildId).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<DailyPosted> post(DailySchedule schedule, DailyTimes times, LocalDate date, Instant now) {
        Optional<RoundView> round = startRound.openDaily(schedule.origin, schedule.guildId, schedule.channelId,
                schedule.category, schedule.preferNews ? NewsWindow.WEEK : null, times.closesAt(date));
        if (round.isEmpty()) {
            LOG.warnf("Server %s has no question in category '%s' for its daily question", schedule.guildId,
                    schedule.category);
            return Optional.empty();
        }
        DailyPost post = new DailyPost();
        post.guildId = schedule.guildId;
        post.localDate = date;
        post.roundId = round.get().id();
        post.postedAt = now;
        // Flushed here, so that another process's post of the same date fails this call (a unique violation).
        post.persistAndFlush();
        return Optional.of(new DailyPosted(round.get(), date));
    }
}
