package org.perfdecl.checker.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Connections that post a check and trickle its body, one byte a second, the way a stalled or
 * hostile client does. One thread drives them all; a connection the service ends is replaced,
 * so {@code connections} stay open until the deadline (at most {@code 5 * connections} in all).
 */
final class SlowClients implements Runnable {

    private final Service service;
    private final byte[] body;
    private final int connections;
    private final long deadline;
    final Tally outcomes = new Tally();
    int opened;

    private final class Client {
        final SocketChannel channel;
        final long openedAt = System.nanoTime();
        int sent;
        final ByteArrayBuffer answer = new ByteArrayBuffer();

        Client() throws IOException {
            channel = SocketChannel.open(new InetSocketAddress(Service.HOST, service.port()));
            String head = "POST /api/v1/checks HTTP/1.1\r\nHost: " + Service.HOST + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
        }

        /** One tick: one more byte out, whatever came back in; false once the exchange is over. */
        boolean tick() {
            try {
                int before = answer.size();
                int n = answer.readFrom(channel);
                if (n < 0 || (before > 0 && n == 0)) { // closed, or the whole answer arrived on an earlier tick
                    outcomes.add(answer.size() == 0 ? "closed without an answer" : answer.cause() + seconds());
                    return false;
                }
                if (answer.size() == 0 && sent < body.length) {
                    channel.write(ByteBuffer.wrap(body, sent++, 1));
                }
                return true;
            } catch (IOException e) {
                outcomes.add("connection reset" + seconds());
                return false;
            }
        }

        private String seconds() {
            long s = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - openedAt);
            return s < 5 ? " within 5 s" : " after " + (s / 5 * 5) + "-" + (s / 5 * 5 + 5) + " s";
        }
    }

    SlowClients(Service service, byte[] body, int connections, long deadline) {
        this.service = service;
        this.body = body;
        this.connections = connections;
        this.deadline = deadline;
    }

    @Override
    public void run() {
        List<Client> open = new ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                long tick = System.nanoTime();
                while (open.size() < connections && opened < 5 * connections) {
                    try {
                        open.add(new Client());
                    } catch (IOException e) {
                        outcomes.add("connect refused");
                    }
                    opened++;
                }
                for (Iterator<Client> it = open.iterator(); it.hasNext(); ) {
                    Client c = it.next();
                    if (!c.tick()) {
                        close(c);
                        it.remove();
                    }
                }
                long rest = TimeUnit.SECONDS.toNanos(1) - (System.nanoTime() - tick);
                if (rest > 0) {
                    TimeUnit.NANOSECONDS.sleep(Math.min(rest, Math.max(0, deadline - System.nanoTime())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.forEach(c -> {
                outcomes.add("still trickling at the end");
                close(c);
            });
        }
    }

    private static void close(Client c) {
        try {
            c.channel.close();
        } catch (IOException ignored) {
            // closing at the end of its use
        }
    }

    /** The bytes of one answer, read without blocking. */
    private static final class ByteArrayBuffer {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private final ByteBuffer chunk = ByteBuffer.allocate(4096);

        int readFrom(SocketChannel channel) throws IOException {
            int total = 0;
            for (int n; (n = channel.read(chunk.clear())) != 0; ) {
                if (n < 0) {
                    return total > 0 ? total : -1;
                }
                bytes.write(chunk.array(), 0, n);
                total += n;
            }
            return total;
        }

        int size() {
            return bytes.size();
        }

        /** "status problem-type" from the raw HTTP answer. */
        String cause() {
            String text = bytes.toString(StandardCharsets.UTF_8);
            String[] lines = text.split("\r\n", -1);
            int status = lines[0].startsWith("HTTP/") ? Integer.parseInt(lines[0].split(" ")[1]) : 0;
            String contentType = null;
            for (String line : lines) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring(13).trim();
                }
            }
            int bodyAt = text.indexOf("\r\n\r\n");
            return Tally.cause(status, contentType, bodyAt < 0 ? "" : text.substring(bodyAt + 4));
        }
    }
}
