package bachprop.grade.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The files that changed under some folders: {@link WatchService} where the platform has a native
 * one, else (macOS, whose JDK only polls every few seconds, or a file system that refuses to be
 * watched) a poll of every file's size and modification time twice a second.
 */
public abstract class FileChanges implements AutoCloseable {
    /** How often the fallback looks. */
    static final long POLL_MILLIS = 500;

    /** The changed files seen within {@code timeoutMillis} (empty when none). */
    public abstract List<Path> next(long timeoutMillis) throws InterruptedException;

    public abstract String kind();

    @Override
    public abstract void close();

    /** Watches the folders (and the folders below them): natively when possible, else by polling. */
    public static FileChanges of(List<Path> dirs, boolean forcePoll) {
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        if (!forcePoll && !mac) {
            try {
                return new Native(dirs);
            } catch (IOException | UnsupportedOperationException e) {
                // fall through to polling
            }
        }
        return new Polling(dirs);
    }

    static List<Path> folders(List<Path> dirs) {
        List<Path> all = new ArrayList<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(d)) {
                walk.filter(Files::isDirectory).forEach(all::add);
            } catch (IOException e) {
                all.add(d);
            }
        }
        return all;
    }

    /** The platform's WatchService. */
    static final class Native extends FileChanges {
        private final WatchService service;
        private final Map<WatchKey, Path> keys = new HashMap<>();

        Native(List<Path> dirs) throws IOException {
            service = FileSystems.getDefault().newWatchService();
            for (Path d : folders(dirs)) {
                keys.put(
                        d.register(
                                service,
                                StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE),
                        d);
            }
        }

        @Override
        public List<Path> next(long timeoutMillis) throws InterruptedException {
            List<Path> changed = new ArrayList<>();
            try {
                WatchKey key = service.poll(Math.max(1, timeoutMillis), TimeUnit.MILLISECONDS);
                while (key != null) {
                    Path dir = keys.get(key);
                    for (WatchEvent<?> ev : key.pollEvents()) {
                        // An overflow names no file: the folder itself stands for "something in here".
                        changed.add(ev.context() instanceof Path p && dir != null ? dir.resolve(p) : dir);
                    }
                    key.reset();
                    key = service.poll();
                }
            } catch (ClosedWatchServiceException e) {
                // closed while waiting: nothing more
            }
            changed.removeIf(Objects::isNull);
            return changed;
        }

        @Override
        public String kind() {
            return "file-system events";
        }

        @Override
        public void close() {
            try {
                service.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    /** Looks at every file's size and modification time every {@link #POLL_MILLIS}. */
    static final class Polling extends FileChanges {
        private final List<Path> dirs;
        private Map<Path, String> seen;
        private volatile boolean closed;

        Polling(List<Path> dirs) {
            this.dirs = List.copyOf(dirs);
            this.seen = snapshot();
        }

        @Override
        public List<Path> next(long timeoutMillis) throws InterruptedException {
            Thread.sleep(Math.min(Math.max(1, timeoutMillis), POLL_MILLIS));
            if (closed) {
                return List.of();
            }
            Map<Path, String> now = snapshot();
            List<Path> changed = new ArrayList<>();
            now.forEach((p, stamp) -> {
                if (!stamp.equals(seen.get(p))) {
                    changed.add(p);
                }
            });
            seen.keySet().stream().filter(p -> !now.containsKey(p)).forEach(changed::add);
            seen = now;
            return changed;
        }

        private Map<Path, String> snapshot() {
            Map<Path, String> files = new HashMap<>();
            for (Path d : dirs) {
                if (!Files.isDirectory(d)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(d)) {
                    walk.filter(Files::isRegularFile).forEach(p -> {
                        try {
                            files.put(
                                    p,
                                    Files.size(p) + "@"
                                            + Files.getLastModifiedTime(p).toMillis());
                        } catch (IOException e) {
                            // gone between the listing and the look: the next poll sees it missing
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    // a folder being replaced: the next poll looks again
                }
            }
            return files;
        }

        @Override
        public String kind() {
            return "polling every " + POLL_MILLIS + " ms";
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
