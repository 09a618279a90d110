package bachprop.music.data;

import bachprop.util.Paths2;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Downloads the public chorale archives, checks their SHA-256 and unpacks them into a data root
 * (normally the user's cache). The order of a fetch, for each data set:
 * <ol>
 *   <li>download (bounded by {@link Limits}: connect, idle and total timeouts, size);</li>
 *   <li>check the download's SHA-256 <em>before</em> anything is decompressed;</li>
 *   <li>unpack through {@link Archives} (decompressed size capped) into a temporary folder beside
 *       the final place, and load it once to prove it is whole;</li>
 *   <li>install: the previous data is moved aside, the new folder renamed into place, and only then
 *       is the previous data deleted.</li>
 * </ol>
 * A fetch that was killed mid-install is repaired by the next one: previous data found moved
 * aside with nothing in its place is moved back before anything else happens, so a failed fetch
 * after an interrupted one still leaves the old data. Temporary files and folders are removed.
 *
 * <p>The UCI archive is the one exception to step 2 when its container's hash is not pinned
 * ({@link Expected#uciDownloads()} empty, as for the repository's zip, which the UCI site builds):
 * then its {@code .Z} is decoded with the size cap, and the SHA-256 of the decoded
 * {@code chorales.lisp} is checked before anything is written or parsed. The log prints the
 * download's SHA-256 so that it can be pinned.
 */
public final class Fetcher {
    public static final String JSB_URL = "https://github.com/ageron/data/raw/main/jsb_chorales.tgz";
    /** The UCI dataset's download (a zip holding chorales.lisp.Z and chorales.doc). */
    public static final String UCI_URL = "https://archive.ics.uci.edu/static/public/25/bach+chorales.zip";

    public static final String JSB_FILE = "jsb_chorales.tgz";
    public static final String UCI_FILE = "chorales.lisp.Z";
    /** SHA-256 of jsb_chorales.tgz (117,793 bytes). */
    public static final String JSB_SHA256 = "e722fbc866fc1ba0bac56a6fcad95d7e3e584da80173e13932e3da441440efd7";
    /** SHA-256 of the uncompressed chorales.lisp (304,998 bytes; the compressed forms differ by container). */
    public static final String UCI_SHA256 = "35f15ed894bdfd8695079a2cde8cfadfeb843b87f31d928afdc79d6e6bd6deca";

    /** Timeouts and caps of one fetch. */
    public record Limits(
            Duration connect, Duration idle, Duration total, long maxDownloadBytes, long maxUnpackedBytes) {
        /** 20 s to connect, 30 s without a byte, 10 minutes in all, 50 MB per download, 64 MB unpacked. */
        public static Limits standard() {
            return new Limits(
                    Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofMinutes(10), 50L << 20, 64L << 20);
        }

        public Limits withTimeouts(Duration idle, Duration total) {
            return new Limits(connect, idle, total, maxDownloadBytes, maxUnpackedBytes);
        }

        public Limits withMaxUnpackedBytes(long max) {
            return new Limits(connect, idle, total, maxDownloadBytes, max);
        }
    }

    /**
     * The SHA-256 sums a fetch must meet: the JSB archive; the UCI download as served (any of a
     * set; empty = not pinned); the UCI {@code chorales.lisp} after unpacking.
     */
    public record Expected(String jsbArchive, Set<String> uciDownloads, String uciLisp) {
        public static Expected standard() {
            return new Expected(JSB_SHA256, Set.of(), UCI_SHA256);
        }
    }

    private final String jsbUrl;
    private final String uciUrl;
    private final Expected expected;
    private final Limits limits;

    public Fetcher(String jsbUrl, String uciUrl) {
        this(jsbUrl, uciUrl, Expected.standard(), Limits.standard());
    }

    public Fetcher(String jsbUrl, String uciUrl, Expected expected, Limits limits) {
        this.jsbUrl = jsbUrl;
        this.uciUrl = uciUrl;
        this.expected = expected;
        this.limits = limits;
    }

    /** The public addresses. */
    public static Fetcher standard() {
        return new Fetcher(JSB_URL, UCI_URL);
    }

    /** Both files from one base address: {@code BASE/jsb_chorales.tgz} and {@code BASE/chorales.lisp.Z}. */
    public static Fetcher fromBase(String base) {
        String b = base.endsWith("/") ? base : base + "/";
        return new Fetcher(b + JSB_FILE, b + UCI_FILE);
    }

    public Fetcher with(Expected newExpected, Limits newLimits) {
        return new Fetcher(jsbUrl, uciUrl, newExpected, newLimits);
    }

    /** Fetches both data sets into {@code root} (skipping one already there unless {@code force}). */
    public void fetch(Path root, boolean force, PrintStream log) throws IOException {
        Files.createDirectories(root);
        repairLeftovers(root, log);
        Path jsbDir = root.resolve(DataLocator.JSB_DIR);
        if (Files.isDirectory(jsbDir) && !force) {
            log.println("JSB chorales already in " + jsbDir + " (use --force to fetch again)");
        } else {
            fetchJsb(root, log);
        }
        Path uciDir = root.resolve(DataLocator.UCI_DIR);
        if (Files.isDirectory(uciDir) && !force) {
            log.println("UCI chorales already in " + uciDir + " (use --force to fetch again)");
        } else {
            fetchUci(root, log);
        }
    }

    void fetchJsb(Path root, PrintStream log) throws IOException {
        byte[] tgz = download(jsbUrl, root, log);
        check(jsbUrl, sha256(tgz), Set.of(expected.jsbArchive()));
        Path tmp = Files.createTempDirectory(root, ".jsb-chorales.tmp-");
        try {
            Archives.extractTarGz(tgz, nameOf(jsbUrl), tmp, limits.maxUnpackedBytes());
            Files.write(tmp.resolve(JSB_FILE), tgz);
            JsbChorales loaded = JsbChorales.load(tmp);
            install(tmp, root.resolve(DataLocator.JSB_DIR));
            log.println(
                    "JSB chorales: SHA-256 ok, " + loaded.size() + " chorales → " + root.resolve(DataLocator.JSB_DIR));
        } finally {
            Paths2.deleteTree(tmp);
        }
    }

    void fetchUci(Path root, PrintStream log) throws IOException {
        byte[] payload = download(uciUrl, root, log);
        String sum = sha256(payload);
        if (!expected.uciDownloads().isEmpty()) {
            check(uciUrl, sum, expected.uciDownloads());
        }
        byte[] lisp = sum.equals(expected.uciLisp())
                ? payload
                : unwrapUci(payload, nameOf(uciUrl), limits.maxUnpackedBytes());
        check(uciUrl + " (" + UciChorales.FILE + " inside)", sha256(lisp), Set.of(expected.uciLisp()));
        Path tmp = Files.createTempDirectory(root, ".uci-bach-chorales.tmp-");
        try {
            Files.write(tmp.resolve(UciChorales.FILE), lisp);
            UciChorales loaded = UciChorales.load(tmp.resolve(UciChorales.FILE));
            install(tmp, root.resolve(DataLocator.UCI_DIR));
            log.println(
                    "UCI chorales: SHA-256 ok, " + loaded.size() + " melodies → " + root.resolve(DataLocator.UCI_DIR));
        } finally {
            Paths2.deleteTree(tmp);
        }
    }

    /** A zip holding chorales.lisp.Z (or .lisp), a bare .Z, or the plain text → the text's bytes, at most {@code max}. */
    static byte[] unwrapUci(byte[] payload, Path from, long max) {
        if (Archives.isZip(payload)) {
            Archives.Entry e = Archives.zipEntry(
                            payload, from, n -> n.endsWith(UCI_FILE) || n.endsWith(UciChorales.FILE), max)
                    .orElseThrow(() -> new DataFormatException(from, 0, "the zip holds no " + UCI_FILE));
            return unwrapUci(e.bytes(), Path.of(from + "!" + e.name()), max);
        }
        if (Archives.isUnixCompressed(payload)) {
            return Archives.uncompressZ(payload, from, max);
        }
        return payload;
    }

    private byte[] download(String url, Path root, PrintStream log) throws IOException {
        log.println("downloading " + url);
        byte[] body = new Download(limits).get(url, root);
        log.println("  " + body.length + " bytes, SHA-256 " + sha256(body));
        return body;
    }

    static void check(String what, String actual, Set<String> expected) {
        if (!expected.contains(actual)) {
            throw new DataFormatException(
                    Path.of(what),
                    0,
                    "SHA-256 mismatch: got " + actual + ", expected " + String.join(" or ", expected)
                            + " — the download is corrupt or not the published file; nothing was installed");
        }
    }

    /** Renames {@code tmp} to {@code target}; an old target is moved aside first, and removed only once the new one is in place. */
    static void install(Path tmp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            Paths2.deleteTree(old);
        }
    }

    /**
     * What a killed fetch may have left in {@code root}: previous data moved aside ({@code .NAME.old-*})
     * with nothing at {@code NAME} is moved back; other leftovers (old data whose replacement is in
     * place, temporary folders, {@code .part} files) are deleted.
     */
    static void repairLeftovers(Path root, PrintStream log) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root, ".*")) {
            s.forEach(found::add);
        }
        found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        for (Path p : found) {
            String n = p.getFileName().toString();
            int old = n.indexOf(".old-");
            if (old > 1) {
                Path target = root.resolve(n.substring(1, old));
                if (!Files.exists(target)) {
                    Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                    log.println("restored " + target + " (an earlier install was interrupted)");
                    continue;
                }
            }
            if (n.startsWith(".download-") || n.contains(".tmp-") || old > 1) {
                Paths2.deleteTree(p);
            }
        }
    }

    /** The last segment of an address, as the name of the file it serves (for error messages). */
    static Path nameOf(String url) {
        String path = URI.create(url).getPath();
        String last = path == null || path.isEmpty() ? url : path.substring(path.lastIndexOf('/') + 1);
        return Path.of(last.isEmpty() ? "download" : last);
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    public static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }
}
