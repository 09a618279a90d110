package bachprop.music.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.cli.Main;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads that stall, trickle, or cannot start: each ends within its timeout with a one-line
 * error. The upper bounds leave room for a machine busy with other work (load 30 on 2 cores here).
 */
class FetchTimeoutTest {
    static HttpServer server;
    static ExecutorService pool;
    static String base;

    @BeforeAll
    static void serve() throws IOException {
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stalling-server");
            t.setDaemon(true);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(pool);
        // Promises 100,000 bytes, sends 1,000, then says nothing for a minute.
        server.createContext("/stall/", exchange -> {
            exchange.sendResponseHeaders(200, 100_000);
            OutputStream os = exchange.getResponseBody();
            os.write(new byte[1000]);
            os.flush();
            sleep(60_000);
            exchange.close();
        });
        // Sends one byte every 100 ms: never idle, but never done.
        server.createContext("/trickle/", exchange -> {
            exchange.sendResponseHeaders(200, 100_000);
            OutputStream os = exchange.getResponseBody();
            for (int i = 0; i < 600; i++) {
                os.write(0);
                os.flush();
                sleep(100);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Fetcher fetcher(String dir, Duration idle, Duration total) {
        return Fetcher.fromBase(base + "/" + dir)
                .with(
                        new Fetcher.Expected("0", Set.of(), "0"),
                        Fetcher.Limits.standard().withTimeouts(idle, total));
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }

    @Test
    @Timeout(30)
    void aServerThatStallsMidBodyEndsInAnErrorAfterTheIdleTimeout(@TempDir Path root) throws IOException {
        long t0 = System.nanoTime();
        FetchException e = assertThrows(
                FetchException.class,
                () -> fetcher("stall", Duration.ofSeconds(1), Duration.ofMinutes(1))
                        .fetchJsb(root, quiet()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(e.getMessage().contains("stalled: no data for 1 s"), e.getMessage());
        assertTrue(
                seconds >= 0.9 && seconds < 10,
                "ended after " + seconds + " s (idle timeout 1 s; slack for a busy machine)");
        try (var s = Files.list(root)) {
            assertEquals(0, s.count(), "the .part file is gone");
        }
    }

    @Test
    @Timeout(30)
    void aServerThatTricklesEndsInAnErrorAfterTheTotalTimeout(@TempDir Path root) {
        long t0 = System.nanoTime();
        FetchException e = assertThrows(
                FetchException.class,
                () -> fetcher("trickle", Duration.ofSeconds(5), Duration.ofMillis(1500))
                        .fetchJsb(root, quiet()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(e.getMessage().contains("took longer than 1.5 s"), e.getMessage());
        assertTrue(
                seconds >= 1.4 && seconds < 10,
                "ended after " + seconds + " s (total timeout 1.5 s; slack for a busy machine)");
    }

    @Test
    @Timeout(30)
    void offlineIsOneClearLineNotAJavaException(@TempDir Path root) throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"data", "fetch", "--url", "http://127.0.0.1:" + closedPort + "/", "--to", root.toString()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, code, text);
        assertEquals(1, text.split("\n").length, "one line: " + text);
        assertTrue(text.startsWith("bachprop data: cannot reach 127.0.0.1"), text);
        assertTrue(text.contains("offline") && text.contains("--data"), text);
        assertFalse(text.contains("java.net."), text);
    }
}
