package bachprop.grade.watch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both ways of seeing saves: the platform's events and the polling fallback. */
class FileChangesTest {
    @TempDir
    Path tmp;

    /** Saves like an editor that writes a new file and renames it over the old one. */
    static void atomicSave(Path file, String text) throws Exception {
        Path side = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(side, text);
        Files.move(side, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    void seesAnAtomicSave(boolean poll) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("ex/src/main/java"));
        Path file = dir.resolve("A.java");
        Files.writeString(file, "class A {}");
        try (FileChanges changes = FileChanges.of(List.of(dir), poll)) {
            Thread.sleep(50);
            atomicSave(file, "class A { int x; }");
            List<Path> seen = new ArrayList<>();
            long end = System.currentTimeMillis() + 5_000;
            while (!seen.contains(file) && System.currentTimeMillis() < end) {
                seen.addAll(changes.next(200));
            }
            assertTrue(seen.contains(file), changes.kind() + " saw " + seen);
        }
    }

    @Test
    void theNativeWatcherSeesAnAtomicSave() throws Exception {
        seesAnAtomicSave(false);
    }

    @Test
    void thePollingFallbackSeesAnAtomicSave() throws Exception {
        seesAnAtomicSave(true);
    }
}
