package org.perfdecl.checker.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of a server, which a test can unplug: the listener and every connection through it closed
 * at once. To the client that is a server gone (its connections cut, new ones refused), while the server itself
 * runs on for the other test classes that share it.
 */
final class Unplugged implements AutoCloseable {

    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    Unplugged(int serverPort) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!closed) {
                try {
                    Socket client = listener.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                    sockets.add(client);
                    sockets.add(server);
                    if (closed) { // unplugged while this one was being connected
                        close(client);
                        close(server);
                        continue;
                    }
                    relay(client, server);
                    relay(server, client);
                } catch (IOException e) {
                    // the listener closed (unplugged), or the server refused: the client sees its connection end
                }
            }
        }, "unplugged-accept-" + listener.getLocalPort());
        accept.setDaemon(true);
        accept.start();
    }

    /** The port to connect to instead of the server's. */
    int port() {
        return listener.getLocalPort();
    }

    private void relay(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                // unplugged, or the other side closed
            } finally {
                close(from);
                close(to);
            }
        }, "unplugged-relay");
        t.setDaemon(true);
        t.start();
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closed already
        }
    }

    /** Unplugs: no new connection is accepted and every open one is cut. Unplugging twice is harmless. */
    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        for (Socket socket : sockets) {
            close(socket);
        }
    }
}
