package org.perfdecl.checker.history;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.Report.Storage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the check endpoints call to keep a check: {@link #submit} right after the check (cheap: the
 * record is made and queued), then {@link Pending#await} for the answer's storage block. Waiting apart
 * from submitting lets a caller wait without holding a CPU place (see the web layer's admission).
 */
public final class HistoryRecorder implements AutoCloseable {

    private static final Storage OFF = Storage.notStored("the history is switched off (checker.history.enabled=false)");

    private final GroupCommitWriter writer;
    private final Duration timeout;

    /** @param writer null when the history is switched off */
    public HistoryRecorder(GroupCommitWriter writer, Duration timeout) {
        this.writer = writer;
        this.timeout = timeout;
    }

    /** A submitted check: its report, and the wait for whether it was stored. */
    public interface Pending {
        /** The report with its storage block, once committed (or not) within the write timeout. */
        default Report await() {
            return await(System.nanoTime() + Long.MAX_VALUE / 4);
        }

        /** The same, waiting no later than the deadline ({@link System#nanoTime()}) either. */
        Report await(long deadline);
    }

    /** Waits for all of them together: one write timeout for the lot, not one each. */
    public List<Report> awaitAll(List<Pending> pending) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Report> reports = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            reports.add(p == null ? null : p.await(deadline));
        }
        return reports;
    }

    /**
     * Queues the check for storage.
     *
     * @param format the format the form was read from (e.g. {@code Format.name()}), or null
     * @param actor  who asked ({@link Actors#current()})
     */
    public Pending submit(Report report, Declaration declaration, String format, String actor) {
        if (writer == null) {
            return deadline -> report.withStorage(OFF);
        }
        CheckRecord record;
        try {
            record = CheckRecord.of(report, declaration, format, actor);
        } catch (RuntimeException e) {
            Storage failed = Storage.notStored("the report could not be prepared for storage: " + e.getMessage());
            return deadline -> report.withStorage(failed);
        }
        GroupCommitWriter.Ticket ticket = writer.submit(record);
        return deadline -> report.withStorage(ticket.await(
                Duration.ofNanos(Math.max(0, Math.min(timeout.toNanos(), deadline - System.nanoTime())))));
    }

    /** Submits and waits: the report with its storage block. */
    public Report record(Report report, Declaration declaration, String format, String actor) {
        return submit(report, declaration, format, actor).await();
    }

    public boolean enabled() {
        return writer != null;
    }

    /** Stops the writer once what is queued is written (the service's shutdown, before the data source closes). */
    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }

}
