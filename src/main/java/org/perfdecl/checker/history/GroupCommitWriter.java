package org.perfdecl.checker.history;

import org.perfdecl.checker.report.Report.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Group commit: checks hand their records to one writer thread, which commits whatever has gathered
 * (up to a batch) in one transaction while the next records gather. A check waits for the commit of
 * its own batch and says "stored" only after it; a database that fails or does not answer in time
 * costs the check its storage, never its answer. One transaction per batch instead of per check is
 * what lets the history keep up with the check rate.
 */
public final class GroupCommitWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    private final ReportStore store;
    private final BlockingQueue<Ticket> queue;
    private final int maxBatch;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long lastFailureLogged;

    public GroupCommitWriter(ReportStore store, int queueCapacity, int maxBatch) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, queueCapacity));
        this.maxBatch = Math.max(1, maxBatch);
        this.thread = new Thread(this::writeLoop, "history-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * A record on its way: the writer claims it, or the check that waits for it gives up on it first
     * (so a report the check was told is not stored is not written later either).
     */
    public static final class Ticket {
        private static final int WAITING = 0;
        private static final int CLAIMED = 1;
        private static final int ABANDONED = 2;

        private final CheckRecord record;
        private final CompletableFuture<Storage> done = new CompletableFuture<>();
        private final AtomicInteger state = new AtomicInteger(WAITING);

        private Ticket(CheckRecord record) {
            this.record = record;
        }

        private static Ticket settled(CheckRecord record, Storage storage) {
            Ticket ticket = new Ticket(record);
            ticket.state.set(ABANDONED);
            ticket.done.complete(storage);
            return ticket;
        }

        /** Whether the report was stored, once committed; at most {@code timeout} of waiting. */
        public Storage await(Duration timeout) {
            try {
                return done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (state.compareAndSet(WAITING, ABANDONED)) {
                    return Storage.notStored("the database did not answer within " + timeout.toMillis()
                            + " ms (checker.history.write-timeout); the report was not stored");
                }
                Storage late = done.getNow(null);
                return late != null ? late : Storage.notStored("the database did not confirm the write within "
                        + timeout.toMillis() + " ms (checker.history.write-timeout); the report may still be "
                        + "stored as " + record.id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                state.compareAndSet(WAITING, ABANDONED);
                return Storage.notStored("interrupted while waiting for the database");
            } catch (ExecutionException e) {
                return Storage.notStored("the history writer failed: " + e.getCause());
            }
        }

        /** The answer when it is already known (a full queue, a stopped writer), for tests and callers that poll. */
        public CompletableFuture<Storage> future() {
            return done;
        }

        public CheckRecord record() {
            return record;
        }
    }

    /** Queues the record; its ticket tells when it is committed, or why it was not stored. */
    public Ticket submit(CheckRecord record) {
        if (!running) {
            return Ticket.settled(record, Storage.notStored("the history writer has stopped (the service is shutting down)"));
        }
        Ticket ticket = new Ticket(record);
        if (!queue.offer(ticket)) {
            return Ticket.settled(record, Storage.notStored("the history's write queue is full "
                    + "(checker.history.queue-capacity): the database is not keeping up"));
        }
        return ticket;
    }

    /** Queues the record and waits for its commit, at most {@code timeout}. */
    public Storage write(CheckRecord record, Duration timeout) {
        return submit(record).await(timeout);
    }

    private void writeLoop() {
        List<Ticket> drained = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Ticket first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                drained.clear();
                drained.add(first);
                queue.drainTo(drained, maxBatch - 1);
                List<Ticket> batch = new ArrayList<>(drained.size());
                for (Ticket p : drained) {
                    if (p.state.compareAndSet(Ticket.WAITING, Ticket.CLAIMED)) {
                        batch.add(p);
                    }
                }
                if (!batch.isEmpty()) {
                    commit(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                log.error("history writer: unexpected failure", e);
            }
        }
        for (Ticket left; (left = queue.poll()) != null; ) {
            left.done.complete(Storage.notStored("the history writer stopped before writing this report"));
        }
    }

    private void commit(List<Ticket> batch) {
        try {
            store.insert(batch.stream().map(p -> p.record).toList());
            batch.forEach(p -> p.done.complete(Storage.stored(p.record.id(), p.record.projectKey())));
        } catch (SQLException | RuntimeException e) {
            if (batch.size() > 1 && isAboutTheData(e)) {
                batch.forEach(p -> commit(List.of(p))); // one bad record must not cost the others their storage
                return;
            }
            logFailure(e);
            String reason = "the database refused or failed the write: " + describe(e);
            batch.forEach(p -> p.done.complete(Storage.notStored(reason)));
        }
    }

    /** A constraint or data error (SQL state class 22 or 23) is about a record; anything else about the database. */
    private static boolean isAboutTheData(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("22") || s.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int line = message.indexOf('\n');
        return line < 0 ? message : message.substring(0, line);
    }

    /** Once a minute at most: a database that is down fails every batch. */
    private void logFailure(Exception e) {
        long now = System.nanoTime();
        if (now - lastFailureLogged > 60_000_000_000L || lastFailureLogged == 0) {
            lastFailureLogged = now;
            log.warn("history: reports not stored: {}", describe(e));
            log.debug("history write failure", e);
        }
    }

    /** Number of records waiting to be written. */
    public int backlog() {
        return queue.size();
    }

    /** Stops taking records, writes those already queued, and ends the writer thread. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
