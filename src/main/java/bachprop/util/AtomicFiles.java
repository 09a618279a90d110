package bachprop.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Atomic, durable saves: write a temporary file beside the target, force it to disk, move it over
 * the target, then force the folder, so that after a crash the target holds either the old or the
 * new contents, whole. Temporary files that a killed process left behind are removed on the next
 * save of the same target.
 */
public final class AtomicFiles {
    /** A temporary file older than this is left over from a process that was killed. */
    static final Duration STALE = Duration.ofMinutes(1);

    private AtomicFiles() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeStaleTemporaries(dir, target.getFileName().toString());
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepOrDefaultPermissions(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Moves an unreadable file aside instead of overwriting it: {@code progress.json} becomes
     * {@code progress.json.unreadable-20261202-044512} beside it. Returns the new path, which the
     * caller names in its message so that the person can recover what was in it.
     */
    public static Path moveAside(Path file) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp + "-" + n);
        }
        Files.move(file, aside);
        forceFolder(file.toAbsolutePath().getParent());
        return aside;
    }

    /** The rename is durable only once the folder's entry is on disk; not every platform allows it. */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its rename is durable enough there
        }
    }

    private static void removeStaleTemporaries(Path dir, String name) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
            for (Path tmp : leftovers) {
                FileTime modified = Files.getLastModifiedTime(tmp);
                if (modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IOException e) {
            // a leftover we cannot remove does no harm beyond taking space
        }
    }

    /**
     * A temporary file is created private (rw-------); the saved file keeps the target's
     * permissions, or gets the usual rw-r--r-- so that other programs can open a new MIDI or PNG.
     */
    private static void keepOrDefaultPermissions(Path tmp, Path target) {
        try {
            Set<PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the platform's default stands
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
