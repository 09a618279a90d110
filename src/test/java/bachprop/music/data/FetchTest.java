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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data fetch} against a local server on 127.0.0.1, on small data the test writes itself. */
class FetchTest {
    @TempDir
    static Path fixtures;

    static HttpServer server;
    static String base;
    /** A raw socket server that promises the whole archive and hangs up a third of the way in. */
    static ServerSocket dropping;
    /** path → bytes served. */
    static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    static byte[] lisp;
    static byte[] lispZ;
    static byte[] tgz;
    static Fetcher.Expected expected;
    /** 2 MB of zeros as .Z (about 6 kB); the tests that serve it cap unpacking at 1 MB. */
    static byte[] zBomb;

    @BeforeAll
    static void serve() throws IOException {
        Path jsbTree = fixtures.resolve("jsb_chorales");
        TinyData.writeJsb(jsbTree);
        tgz = TinyData.tgz(jsbTree);
        lisp = TinyData.utf8(TinyData.uciLisp());
        lispZ = LzwEncoder.compress(lisp, 16);
        zBomb = LzwEncoder.compress(new byte[2 << 20], 16);
        expected = new Fetcher.Expected(Fetcher.sha256(tgz), Set.of(), Fetcher.sha256(lisp));
        FILES.put("/good/jsb_chorales.tgz", tgz);
        FILES.put("/good/chorales.lisp.Z", lispZ);
        byte[] corrupt = tgz.clone();
        corrupt[corrupt.length / 2] ^= 0x40;
        FILES.put("/corrupt/jsb_chorales.tgz", corrupt);
        FILES.put("/corrupt/chorales.lisp.Z", lispZ);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = FILES.get(exchange.getRequestURI().getPath());
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
        dropping = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(
                () -> {
                    while (!dropping.isClosed()) {
                        try (Socket s = dropping.accept()) {
                            s.getInputStream().read(new byte[8192]);
                            OutputStream os = s.getOutputStream();
                            os.write(("HTTP/1.1 200 OK\r\nContent-Length: " + tgz.length
                                            + "\r\nConnection: close\r\n\r\n")
                                    .getBytes());
                            os.write(tgz, 0, tgz.length / 3);
                            os.flush();
                        } catch (IOException ignored) {
                            // closed by the test or by the client
                        }
                    }
                },
                "dropping-server");
        t.setDaemon(true);
        t.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop(0);
        dropping.close();
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }

    static Fetcher fetcher(String dir) {
        return Fetcher.fromBase(base + "/" + dir).with(expected, Fetcher.Limits.standard());
    }

    static long filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    static List<String> namesIn(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void fetchDownloadsVerifiesAndUnpacksBothDataSets(@TempDir Path root) throws Exception {
        fetcher("good").fetch(root, false, quiet());
        assertEquals(7, JsbChorales.load(root).size());
        assertEquals(TinyData.UCI_MELODIES, UciChorales.load(root).size());
        assertArrayEquals(lisp, Files.readAllBytes(root.resolve("uci-bach-chorales/chorales.lisp")));
        assertArrayEquals(tgz, Files.readAllBytes(root.resolve("jsb-chorales/jsb_chorales.tgz")));
        assertEquals(
                List.of("jsb-chorales", "uci-bach-chorales"),
                namesIn(root),
                "nothing temporary is left beside the data");
        DataLocator.Location l =
                new DataLocator(root.toString(), Map.of(), root, root).locate().orElseThrow();
        assertTrue(l.jsb().isPresent() && l.uci().isPresent());
    }

    @Test
    void theStandardFetcherRejectsArchivesThatAreNotThePublishedOnes(@TempDir Path root) {
        DataFormatException e = assertThrows(
                DataFormatException.class,
                () -> Fetcher.fromBase(base + "/good").fetchJsb(root, quiet()));
        assertTrue(
                e.getMessage().contains("SHA-256 mismatch") && e.getMessage().contains(Fetcher.JSB_SHA256),
                e.getMessage());
    }

    @Test
    void aCorruptedArchiveIsRejectedAndNothingIsInstalled(@TempDir Path root) throws Exception {
        DataFormatException e =
                assertThrows(DataFormatException.class, () -> fetcher("corrupt").fetchJsb(root, quiet()));
        assertTrue(e.getMessage().contains("SHA-256 mismatch"), e.getMessage());
        assertEquals(0, filesUnder(root));
        assertFalse(Files.exists(root.resolve("jsb-chorales")));
    }

    @Test
    void aPinnedDownloadHashIsCheckedBeforeAnythingIsDecompressed(@TempDir Path root) throws Exception {
        // A .Z bomb served where a pinned archive is expected: the hash refuses it before the decoder
        // runs (had it run, the error would be the size cap's).
        FILES.put("/pinned/chorales.lisp.Z", zBomb);
        Fetcher f = Fetcher.fromBase(base + "/pinned")
                .with(
                        new Fetcher.Expected(expected.jsbArchive(), Set.of(Fetcher.sha256(lispZ)), expected.uciLisp()),
                        Fetcher.Limits.standard().withMaxUnpackedBytes(1 << 20));
        DataFormatException e = assertThrows(DataFormatException.class, () -> f.fetchUci(root, quiet()));
        assertTrue(
                e.getMessage().contains("SHA-256 mismatch") && !e.getMessage().contains("expands"), e.getMessage());
        FILES.put("/pinned/chorales.lisp.Z", lispZ);
        f.fetchUci(root, quiet());
        assertArrayEquals(lisp, Files.readAllBytes(root.resolve("uci-bach-chorales/chorales.lisp")));
    }

    @Test
    void aZipBombAsTheUciDownloadIsRefusedAtTheSizeCap(@TempDir Path root) throws Exception {
        FILES.put("/bomb/chorales.lisp.Z", zipOfZeros("chorales.lisp", 65L << 20));
        long t0 = System.nanoTime();
        Fetcher f = Fetcher.fromBase(base + "/bomb").with(expected, Fetcher.Limits.standard());
        DataFormatException e = assertThrows(DataFormatException.class, () -> f.fetchUci(root, quiet()));
        assertTrue(e.getMessage().contains("expands to more than " + (64L << 20) + " bytes: refused"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "refused within 20 s");
        assertEquals(0, filesUnder(root));
    }

    /** A zip whose one entry is {@code size} zero bytes (deflated to about a thousandth of that). */
    static byte[] zipOfZeros(String name, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 20];
            for (long done = 0; done < size; done += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aDotZBombIsRefusedAtTheSizeCap(@TempDir Path root) {
        FILES.put("/zbomb/chorales.lisp.Z", zBomb);
        Fetcher f = Fetcher.fromBase(base + "/zbomb")
                .with(expected, Fetcher.Limits.standard().withMaxUnpackedBytes(1 << 20));
        DataFormatException e = assertThrows(DataFormatException.class, () -> f.fetchUci(root, quiet()));
        assertTrue(e.getMessage().startsWith("chorales.lisp.Z: expands to more than 1048576 bytes"), e.getMessage());
    }

    @Test
    void anInterruptedDownloadLeavesNothingBehind(@TempDir Path root) throws Exception {
        Fetcher f = Fetcher.fromBase("http://127.0.0.1:" + dropping.getLocalPort() + "/short")
                .with(expected, Fetcher.Limits.standard());
        FetchException e = assertThrows(FetchException.class, () -> f.fetchJsb(root, quiet()));
        assertTrue(e.getMessage().contains("stopped after") || e.getMessage().contains("failed"), e.getMessage());
        assertEquals(0, filesUnder(root));
    }

    @Test
    void leftoversOfAKilledFetchAreRemovedByTheNextOne(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve(".download-123.part"), "half a file");
        Files.createDirectories(root.resolve(".jsb-chorales.tmp-9/jsb_chorales"));
        fetcher("good").fetch(root, false, quiet());
        assertEquals(List.of("jsb-chorales", "uci-bach-chorales"), namesIn(root));
    }

    @Test
    void anInstallKilledBetweenItsRenamesThenAFailedFetchKeepsTheOldData(@TempDir Path root) throws Exception {
        // The state a kill between install's two renames leaves: the old data moved aside, nothing in place.
        Path old = root.resolve(".jsb-chorales.old-42/jsb_chorales");
        TinyData.writeJsb(old);
        IOException e = assertThrows(IOException.class, () -> fetcher("nothing").fetch(root, true, quiet()));
        assertTrue(e.getMessage().contains("404"), e.getMessage());
        assertEquals(7, JsbChorales.load(root).size(), "the old data is back in place");
        assertEquals(List.of("jsb-chorales"), namesIn(root));
    }

    @Test
    void aFailedForcedFetchLeavesTheInstalledDataUntouched(@TempDir Path root) throws Exception {
        fetcher("good").fetch(root, false, quiet());
        assertThrows(DataFormatException.class, () -> fetcher("corrupt").fetch(root, true, quiet()));
        assertArrayEquals(tgz, Files.readAllBytes(root.resolve("jsb-chorales/jsb_chorales.tgz")));
        assertEquals(7, JsbChorales.load(root).size());
        fetcher("good").fetch(root, true, quiet()); // a forced fetch replaces the data and removes the old copy
        assertEquals(List.of("jsb-chorales", "uci-bach-chorales"), namesIn(root));
    }

    @Test
    void aMissingFileIsAnHttpError(@TempDir Path root) {
        IOException e = assertThrows(IOException.class, () -> fetcher("nothing").fetchUci(root, quiet()));
        assertTrue(e.getMessage().contains("404"), e.getMessage());
    }

    @Test
    void aTruncatedTarGzNamesTheArchive(@TempDir Path dir) {
        byte[] cut = Arrays.copyOf(tgz, tgz.length / 2);
        DataFormatException e = assertThrows(
                DataFormatException.class, () -> Archives.extractTarGz(cut, Path.of("jsb_chorales.tgz"), dir, 1 << 20));
        assertTrue(e.getMessage().startsWith("jsb_chorales.tgz: truncated or corrupt archive"), e.getMessage());
    }

    @Test
    void aTarEntryThatClimbsOutOfTheFolderIsRefused(@TempDir Path dir) throws Exception {
        byte[] evil = TinyData.tgzOf("jsb_chorales/../../evil.csv", TinyData.utf8("x"));
        Path target = dir.resolve("t");
        DataFormatException e = assertThrows(
                DataFormatException.class, () -> Archives.extractTarGz(evil, Path.of("evil.tgz"), target, 1 << 20));
        assertTrue(e.getMessage().contains("outside the target folder"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("evil.csv")));
    }

    @Test
    void aTarBombIsRefusedAtTheSizeCap(@TempDir Path dir) throws Exception {
        byte[] bomb = TinyData.tgzOf("jsb_chorales/train/big.csv", new byte[3 << 20]);
        DataFormatException e = assertThrows(
                DataFormatException.class, () -> Archives.extractTarGz(bomb, Path.of("b.tgz"), dir, 1 << 20));
        assertTrue(e.getMessage().contains("expands to more than 1048576 bytes"), e.getMessage());
    }

    @Test
    void dotZDecodingRoundTripsOurEncoderIncludingTableClears() {
        assertArrayEquals(lisp, Archives.uncompressZ(LzwEncoder.compress(lisp, 16), Path.of("l.Z"), 1 << 20));
        byte[] noisy = new byte[400_000]; // incompressible enough to fill the 16-bit table and CLEAR
        new Random(7).nextBytes(noisy);
        for (int i = 0; i < noisy.length; i += 3) {
            noisy[i] = 'a';
        }
        assertArrayEquals(noisy, Archives.uncompressZ(LzwEncoder.compress(noisy, 16), Path.of("n.Z"), 1 << 20));
        assertArrayEquals(noisy, Archives.uncompressZ(LzwEncoder.compress(noisy, 12), Path.of("n.Z"), 1 << 20));
        assertArrayEquals(
                new byte[] {'x'},
                Archives.uncompressZ(LzwEncoder.compress(new byte[] {'x'}, 16), Path.of("x.Z"), 1 << 20));
    }

    @Test
    void theTestEncoderAgreesWithTheSystemsGzipWhenPresent() throws Exception {
        Path gzip = Path.of("/usr/bin/gzip");
        Assumptions.assumeTrue(Files.isExecutable(gzip), "no /usr/bin/gzip to cross-check with");
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
    void corruptCompressedDataIsRejectedNamingTheFile() {
        assertThrows(
                DataFormatException.class,
                () -> Archives.uncompressZ(new byte[] {0x1f, (byte) 0x9d, (byte) 0x91}, Path.of("a.Z"), 1 << 20));
        byte[] bad = lispZ.clone();
        bad[3] = (byte) 0xff; // the first code becomes ≥ 256
        bad[4] = (byte) 0xff;
        DataFormatException e =
                assertThrows(DataFormatException.class, () -> Archives.uncompressZ(bad, Path.of("b.Z"), 1 << 20));
        assertTrue(e.getMessage().startsWith("b.Z: corrupt .Z"), e.getMessage());
    }
}
