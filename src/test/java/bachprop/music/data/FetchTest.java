package bachprop.music.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchTest {
    static final Path DATA = Path.of("../shared/data");
    static HttpServer server;
    static String base;
    /** A raw socket server that promises the whole archive and hangs up a third of the way in. */
    static java.net.ServerSocket dropping;
    static Thread droppingThread;
    /** path → bytes served. */
    static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    static byte[] lisp;
    static byte[] tgz;

    @BeforeAll
    static void serve() throws IOException {
        tgz = Files.readAllBytes(DATA.resolve("jsb-chorales/jsb_chorales.tgz"));
        lisp = Files.readAllBytes(DATA.resolve("uci-bach-chorales/chorales.lisp"));
        byte[] z = LzwEncoder.compress(lisp, 16);
        FILES.put("/good/jsb_chorales.tgz", tgz);
        FILES.put("/good/chorales.lisp.Z", z);
        byte[] corrupt = tgz.clone();
        corrupt[corrupt.length / 2] ^= 0x40;
        FILES.put("/corrupt/jsb_chorales.tgz", corrupt);
        FILES.put("/corrupt/chorales.lisp.Z", z);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = FILES.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        dropping = new java.net.ServerSocket(0, 5, java.net.InetAddress.getByName("127.0.0.1"));
        droppingThread = new Thread(() -> {
            while (!dropping.isClosed()) {
                try (java.net.Socket s = dropping.accept()) {
                    s.getInputStream().read(new byte[8192]);
                    OutputStream os = s.getOutputStream();
                    os.write(("HTTP/1.1 200 OK\r\nContent-Length: " + tgz.length + "\r\nConnection: close\r\n\r\n").getBytes());
                    os.write(tgz, 0, tgz.length / 3);
                    os.flush();
                } catch (IOException ignored) {
                    // closed by the test or by the client
                }
            }
        }, "dropping-server");
        droppingThread.setDaemon(true);
        droppingThread.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop(0);
        dropping.close();
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }

    static long filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void fetchDownloadsVerifiesAndUnpacksBothDataSets(@TempDir Path root) throws Exception {
        Fetcher.fromBase(base + "/good").fetch(root, false, quiet());
        assertEquals(382, JsbChorales.load(root).size());
        assertEquals(100, UciChorales.load(root).size());
        assertArrayEquals(lisp, Files.readAllBytes(root.resolve("uci-bach-chorales/chorales.lisp")));
        // nothing temporary is left beside the data
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(java.util.List.of("jsb-chorales", "uci-bach-chorales"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        DataLocator.Location l = new DataLocator(root.toString(), Map.of(), root, root).locate().orElseThrow();
        assertTrue(l.jsb().isPresent() && l.uci().isPresent());
    }

    @Test
    void aCorruptedArchiveIsRejectedAndNothingIsInstalled(@TempDir Path root) throws Exception {
        Fetcher f = Fetcher.fromBase(base + "/corrupt");
        DataFormatException e = assertThrows(DataFormatException.class, () -> f.fetchJsb(root, quiet()));
        assertTrue(e.getMessage().contains("SHA-256 mismatch"), e.getMessage());
        assertEquals(0, filesUnder(root));
        assertFalse(Files.exists(root.resolve("jsb-chorales")));
    }

    @Test
    void anInterruptedDownloadLeavesNothingBehind(@TempDir Path root) throws Exception {
        Fetcher f = Fetcher.fromBase("http://127.0.0.1:" + dropping.getLocalPort() + "/short");
        assertThrows(IOException.class, () -> f.fetchJsb(root, quiet()));
        assertEquals(0, filesUnder(root));
    }

    @Test
    void leftoversOfAKilledFetchAreRemovedByTheNextOne(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve(".download-123.part"), "half a file");
        Files.createDirectories(root.resolve(".jsb-chorales.tmp-9/jsb_chorales"));
        Fetcher.fromBase(base + "/good").fetch(root, false, quiet());
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(2, s.count());
        }
    }

    @Test
    void aMissingFileIsAnHttpError(@TempDir Path root) {
        IOException e = assertThrows(IOException.class, () -> Fetcher.fromBase(base + "/nothing").fetchUci(root, quiet()));
        assertTrue(e.getMessage().contains("404"), e.getMessage());
    }

    @Test
    void aTruncatedTarGzNamesTheArchive(@TempDir Path dir) {
        byte[] cut = Arrays.copyOf(tgz, tgz.length / 2);
        DataFormatException e = assertThrows(DataFormatException.class, () -> TarGz.extract(cut, Path.of("jsb_chorales.tgz"), dir));
        assertTrue(e.getMessage().startsWith("jsb_chorales.tgz: "), e.getMessage());
    }

    @Test
    void unixCompressRoundTripsTheChoralesAndARandomFileThatForcesClears() {
        assertArrayEquals(lisp, UnixCompress.decompress(LzwEncoder.compress(lisp, 16)));
        byte[] noisy = new byte[400_000]; // incompressible enough to fill the 16-bit table and CLEAR
        new Random(7).nextBytes(noisy);
        for (int i = 0; i < noisy.length; i += 3) {
            noisy[i] = 'a';
        }
        assertArrayEquals(noisy, UnixCompress.decompress(LzwEncoder.compress(noisy, 16)));
        assertArrayEquals(noisy, UnixCompress.decompress(LzwEncoder.compress(noisy, 12)));
        assertArrayEquals(new byte[] {'x'}, UnixCompress.decompress(LzwEncoder.compress(new byte[] {'x'}, 16)));
    }

    @Test
    void theTestEncoderAgreesWithTheSystemsGzipWhenPresent() throws Exception {
        Path gzip = Path.of("/usr/bin/gzip");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(gzip), "no /usr/bin/gzip to cross-check with");
        byte[] z = LzwEncoder.compress(lisp, 16);
        Process p = new ProcessBuilder(gzip.toString(), "-dc").start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(z);
        }
        byte[] decoded = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        assertArrayEquals(lisp, decoded);
    }

    @Test
    void corruptCompressedDataIsRejected() {
        byte[] z = LzwEncoder.compress(lisp, 16);
        assertThrows(IllegalArgumentException.class, () -> UnixCompress.decompress(new byte[] {0x1f, (byte) 0x9d, (byte) 0x91}));
        byte[] bad = z.clone();
        bad[3] = (byte) 0xff; // the first code becomes ≥ 256
        bad[4] = (byte) 0xff;
        assertThrows(IllegalArgumentException.class, () -> UnixCompress.decompress(bad));
    }
}
