package bachprop.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where things live: the project checkout, and the per-user directories outside it. */
public final class Paths2 {
    private Paths2() {}

    /** The project root: {@code -Dbachprop.home} (set by the launcher), else the working directory. */
    public static Path home() {
        String h = System.getProperty("bachprop.home");
        if (h != null) {
            return Path.of(h);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("chapters"))) {
                return p;
            }
            p = p.getParent();
        }
        return Path.of("").toAbsolutePath();
    }

    /**
     * The per-user state directory (workspace of edited cells, progress, window settings):
     * {@code $BACHPROP_USER_DIR}, else {@code -Dbachprop.userDir}, else {@code $XDG_DATA_HOME/bachprop},
     * else {@code ~/.local/share/bachprop}.
     */
    public static Path userDir() {
        String env = System.getenv("BACHPROP_USER_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String prop = System.getProperty("bachprop.userDir");
        if (prop != null) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "bachprop");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "bachprop");
    }

    /** The user's cache directory: {@code -Dbachprop.cacheDir}, else {@code $XDG_CACHE_HOME/bachprop}, else {@code ~/.cache/bachprop}. */
    public static Path cacheDir() {
        String prop = System.getProperty("bachprop.cacheDir");
        if (prop != null) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "bachprop");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "bachprop");
    }

    /** Deletes a file or a folder with everything in it (deepest first); nothing if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
