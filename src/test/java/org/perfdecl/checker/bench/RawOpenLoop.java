package org.perfdecl.checker.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open loop at a fixed rate over plain keep-alive sockets. The JDK's {@code HttpClient} spends
 * more CPU on a request than the service spends on its check, and on this 2-core machine the client
 * shares the cores with the service: measured with it, a fixed rate mostly measured the client.
 * Here a pacer thread releases requests at their intended times into a queue that {@code connections}
 * threads take from, each on one HTTP/1.1 connection; latency counts from the intended time, so a
 * request that waited for a free connection (the service being slow) is not hidden.
 */
final class RawOpenLoop {

    private final URI uri;
    private final byte[] request;

    RawOpenLoop(URI uri, byte[] body) {
        this.uri = uri;
        String head = "POST " + (uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        this.request = new byte[h.length + body.length];
        System.arraycopy(h, 0, request, 0, h.length);
        System.arraycopy(body, 0, request, h.length, body.length);
    }

    /** What the run saw: latencies (ns) of every answered request, and the requests not answered 200. */
    record Result(List<Long> latencies, int failures, double seconds) {
    }

    Result run(int rate, int seconds, int connections) throws InterruptedException {
        LinkedBlockingQueue<Long> due = new LinkedBlockingQueue<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(rate * seconds));
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long total = (long) rate * seconds;
        AtomicInteger left = new AtomicInteger((int) total);
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> serve(due, left, latencies, failures, done), "open-loop-" + c);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            due.add(intended);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (Thread t : workers) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        // requests still unanswered after a minute count as failed
        return new Result(new ArrayList<>(latencies), failures.get() + (int) (total - done.get()),
                (System.nanoTime() - start) / 1e9);
    }

    private void serve(LinkedBlockingQueue<Long> due, AtomicInteger left, List<Long> latencies, AtomicInteger failures,
                       AtomicInteger done) {
        Socket socket = null;
        while (left.getAndDecrement() > 0) {
            long intended;
            try {
                intended = due.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (socket == null) {
                    socket = new Socket(uri.getHost(), uri.getPort());
                    socket.setTcpNoDelay(true);
                }
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                Response response = readResponse(new BufferedInputStream(socket.getInputStream(), 16384));
                latencies.add(System.nanoTime() - intended);
                if (response.status() != 200) {
                    failures.incrementAndGet();
                }
                if (response.closes()) { // Tomcat closes a connection after 100 requests (maxKeepAliveRequests)
                    closeQuietly(socket);
                    socket = null;
                }
            } catch (IOException e) {
                failures.incrementAndGet();
                latencies.add(System.nanoTime() - intended);
                closeQuietly(socket);
                socket = null;
            } finally {
                done.incrementAndGet();
            }
        }
        closeQuietly(socket);
    }

    /** A response's status, and whether the server closes the connection after it. */
    record Response(int status, boolean closes) {
    }

    /**
     * Reads one response (Content-Length or chunked). The stream is buffered
     * per response: the service answers one request at a time on a connection, so nothing of the
     * next response is read ahead.
     */
    static Response readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine.length() < 12) {
            throw new IOException("no status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header; !(header = line(in)).isEmpty(); ) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        if (chunked) {
            for (long size; (size = Long.parseLong(line(in).split(";")[0].trim(), 16)) > 0; ) {
                skip(in, size);
                line(in);
            }
            while (!line(in).isEmpty()) {
                // trailers
            }
        } else if (length > 0) {
            skip(in, length);
        }
        return new Response(status, closes);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                s.append((char) b);
            }
        }
        return s.toString();
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed");
                }
                skipped = 1;
            }
            n -= skipped;
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // gone already
            }
        }
    }
}
