package bachprop.music.data;

import bachprop.util.Paths2;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Downloads the public chorale archives, checks their SHA-256 and unpacks them into a data root
 * (normally the user's cache). Each data set is unpacked into a temporary folder beside its final
 * place, loaded once to prove it is whole, and only then renamed into place; downloads go to a
 * temporary {@code .part} file that is deleted whatever happens. Leftovers of a killed run are
 * removed at the start of the next one.
 */
public final class Fetcher {
    public static final String JSB_URL = "https://github.com/ageron/data/raw/main/jsb_chorales.tgz";
    /** The UCI dataset's download (a zip holding chorales.lisp.Z and chorales.doc). */
    public static final String UCI_URL = "https://archive.ics.uci.edu/static/public/25/bach+chorales.zip";
    public static final String JSB_FILE = "jsb_chorales.tgz";
    public static final String UCI_FILE = "chorales.lisp.Z";
    public static final String JSB_SHA256 = "e722fbc866fc1ba0bac56a6fcad95d7e3e584da80173e13932e3da441440efd7";
    /** SHA-256 of the uncompressed chorales.lisp (the compressed forms differ by container). */
    public static final String UCI_SHA256 = "35f15ed894bdfd8695079a2cde8cfadfeb843b87f31d928afdc79d6e6bd6deca";
    static final long MAX_BYTES = 50L << 20;

    private final String jsbUrl;
    private final String uciUrl;
    private final HttpClient client;

    public Fetcher(String jsbUrl, String uciUrl) {
        this.jsbUrl = jsbUrl;
        this.uciUrl = uciUrl;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** The public addresses (see ../shared/data/README.md). */
    public static Fetcher standard() {
        return new Fetcher(JSB_URL, UCI_URL);
    }

    /** Both files from one base address: {@code BASE/jsb_chorales.tgz} and {@code BASE/chorales.lisp.Z}. */
    public static Fetcher fromBase(String base) {
        String b = base.endsWith("/") ? base : base + "/";
        return new Fetcher(b + JSB_FILE, b + UCI_FILE);
    }

    /** Fetches both data sets into {@code root} (skipping one already there unless {@code force}). */
    public void fetch(Path root, boolean force, PrintStream log) throws IOException {
        Files.createDirectories(root);
        removeLeftovers(root);
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
        check(jsbUrl, sha256(tgz), JSB_SHA256);
        Path tmp = Files.createTempDirectory(root, ".jsb-chorales.tmp-");
        try {
            TarGz.extract(tgz, Path.of(jsbUrl), tmp);
            Files.write(tmp.resolve(JSB_FILE), tgz);
            JsbChorales loaded = JsbChorales.load(tmp);
            install(tmp, root.resolve(DataLocator.JSB_DIR));
            log.println("JSB chorales: SHA-256 ok, " + loaded.size() + " chorales → " + root.resolve(DataLocator.JSB_DIR));
        } finally {
            Paths2.deleteTree(tmp);
        }
    }

    void fetchUci(Path root, PrintStream log) throws IOException {
        byte[] payload = download(uciUrl, root, log);
        byte[] lisp = unwrapUci(payload, uciUrl);
        check(uciUrl + " (chorales.lisp inside)", sha256(lisp), UCI_SHA256);
        Path tmp = Files.createTempDirectory(root, ".uci-bach-chorales.tmp-");
        try {
            Files.write(tmp.resolve(UciChorales.FILE), lisp);
            UciChorales loaded = UciChorales.load(tmp.resolve(UciChorales.FILE));
            install(tmp, root.resolve(DataLocator.UCI_DIR));
            log.println("UCI chorales: SHA-256 ok, " + loaded.size() + " melodies → " + root.resolve(DataLocator.UCI_DIR));
        } finally {
            Paths2.deleteTree(tmp);
        }
    }

    /** A zip holding chorales.lisp.Z (or .lisp), a bare .Z, or the plain text → the text's bytes. */
    static byte[] unwrapUci(byte[] payload, String from) throws IOException {
        if (payload.length > 4 && payload[0] == 'P' && payload[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(payload))) {
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    String name = e.getName();
                    if (name.endsWith(UCI_FILE) || name.endsWith(UciChorales.FILE)) {
                        return unwrapUci(zip.readAllBytes(), from + "!" + name);
                    }
                }
            }
            throw new DataFormatException(Path.of(from), 0, "the zip holds no " + UCI_FILE);
        }
        if (UnixCompress.isCompressed(payload)) {
            try {
                return UnixCompress.decompress(payload);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(Path.of(from), 0, e.getMessage());
            }
        }
        return payload;
    }

    /** Downloads through a temporary .part file in {@code root}, which is always deleted. */
    byte[] download(String url, Path root, PrintStream log) throws IOException {
        log.println("downloading " + url);
        Path part = Files.createTempFile(root, ".download-", ".part");
        part.toFile().deleteOnExit();
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build();
            HttpResponse<InputStream> resp;
            try {
                resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("download of " + url + " was interrupted", e);
            }
            if (resp.statusCode() != 200) {
                resp.body().close();
                throw new IOException("download of " + url + " failed: HTTP " + resp.statusCode());
            }
            long expected = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
            try (InputStream in = resp.body(); var out = Files.newOutputStream(part)) {
                byte[] buf = new byte[1 << 16];
                long total = 0;
                int n;
                while ((n = in.read(buf)) >= 0) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new IOException("download of " + url + " is larger than " + (MAX_BYTES >> 20) + " MB: refused");
                    }
                    out.write(buf, 0, n);
                }
                if (expected >= 0 && total != expected) {
                    throw new IOException("download of " + url + " stopped after " + total + " of " + expected + " bytes");
                }
            }
            return Files.readAllBytes(part);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    static void check(String what, String actual, String expected) {
        if (!actual.equals(expected)) {
            throw new DataFormatException(Path.of(what), 0, "SHA-256 mismatch: got " + actual + ", expected " + expected
                    + " — the download is corrupt or not the published file; nothing was installed");
        }
    }

    /** Renames {@code tmp} to {@code target}; an old target is moved aside first and then removed. */
    static void install(Path tmp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            Paths2.deleteTree(old);
        }
    }

    /** Deletes temporary folders and .part files a killed fetch may have left in {@code root}. */
    static void removeLeftovers(Path root) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root, ".*")) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (n.startsWith(".download-") || n.contains(".tmp-") || n.contains(".old-")) {
                    Paths2.deleteTree(p);
                }
            }
        }
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
