package bachprop.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compiled classes shared between the submissions of one class run: sources that are byte for
 * byte the same (the same learner files and the same tests, under the same names) are compiled
 * once, and every submission that has them runs those classes. Identical input gives identical
 * classes, so sharing tells no student anything about another; the folders are the grader's,
 * outside every child JVM's working folder, so learner code can neither read nor change them.
 * Thread-safe: a second worker asking for sources being compiled waits for that compilation.
 */
public final class CompileCache {
    private final Path root;
    private final Map<String, CompletableFuture<LearnerCompiler.Result>> compiled = new ConcurrentHashMap<>();
    private final AtomicInteger compilations = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();

    /** A cache whose classes go under {@code root} (the caller deletes it after the run). */
    public CompileCache(Path root) {
        this.root = root;
    }

    /** The classes of these sources: compiled with {@code javac} the first time, shared afterwards. */
    LearnerCompiler.Result compile(LearnerCompiler javac, Map<String, Path> main, Map<String, Path> test)
            throws IOException, InterruptedException {
        String key = key(main, test);
        CompletableFuture<LearnerCompiler.Result> mine = new CompletableFuture<>();
        CompletableFuture<LearnerCompiler.Result> theirs = compiled.putIfAbsent(key, mine);
        if (theirs != null) {
            hits.incrementAndGet();
            try {
                return theirs.get();
            } catch (ExecutionException e) {
                throw new IOException("compiling shared sources failed: " + e.getCause(), e.getCause());
            }
        }
        try {
            LearnerCompiler.Result r = javac.compile(main, test, Files.createDirectories(root.resolve(key)));
            compilations.incrementAndGet();
            mine.complete(r);
            return r;
        } catch (IOException | RuntimeException | Error e) {
            compiled.remove(key, mine); // a later submission tries again
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** How many times javac ran, and how many compilations were shared instead. */
    public int compilations() {
        return compilations.get();
    }

    public int hits() {
        return hits.get();
    }

    /** SHA-256 of every file's name and bytes, main sources then tests. */
    static String key(Map<String, Path> main, Map<String, Path> test) throws IOException {
        MessageDigest sha = sha256();
        for (Map<String, Path> files : List.of(main, test)) {
            for (Map.Entry<String, Path> e : new TreeMap<>(files).entrySet()) {
                byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
                byte[] body = Files.readAllBytes(e.getValue());
                sha.update(lengthOf(name.length));
                sha.update(name);
                sha.update(lengthOf(body.length));
                sha.update(body);
            }
            sha.update(lengthOf(-1)); // the end of one tree
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static byte[] lengthOf(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "CompileCache(" + compiled.size() + " sources, " + compilations() + " compiled, " + hits() + " shared)";
    }
}
