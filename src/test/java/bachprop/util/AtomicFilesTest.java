package bachprop.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aSaveReplacesTheWholeFileAndLeavesNoTemporaryBehind() throws IOException {
        Path file = dir.resolve("progress.json");
        AtomicFiles.writeString(file, "old contents that are longer");
        AtomicFiles.writeString(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), list());
    }

    @Test
    void aTemporaryLeftByAKilledProcessIsRemovedOnTheNextSaveButAFreshOneIsNot() throws IOException {
        Path file = dir.resolve("settings.json");
        Path stale = Files.createFile(dir.resolve(".settings.json.123.tmp"));
        Files.setLastModifiedTime(
                stale, FileTime.from(Instant.now().minus(AtomicFiles.STALE).minusSeconds(5)));
        Path fresh = Files.createFile(dir.resolve(".settings.json.456.tmp"));
        Path otherTarget = Files.createFile(dir.resolve(".other.json.789.tmp"));
        Files.setLastModifiedTime(otherTarget, FileTime.from(Instant.now().minusSeconds(3600)));
        AtomicFiles.writeString(file, "{}");
        assertFalse(Files.exists(stale), "the stale temporary of this target is gone");
        assertTrue(Files.exists(fresh), "a temporary another process may still be writing stays");
        assertTrue(Files.exists(otherTarget), "another target's temporaries are not ours to remove");
    }

    @Test
    void anUnreadableFileIsMovedAsideWithItsBytesKept() throws IOException {
        Path file = dir.resolve("progress.json");
        byte[] broken = {'{', '"', 'b', 'p', 0, (byte) 0xff};
        Files.write(file, broken);
        Path aside = AtomicFiles.moveAside(file);
        Path second = Files.write(file, broken);
        Path asideAgain = AtomicFiles.moveAside(second);
        assertFalse(Files.exists(file));
        assertTrue(aside.getFileName().toString().startsWith("progress.json.unreadable-"), aside.toString());
        assertArrayEquals(broken, Files.readAllBytes(aside));
        assertArrayEquals(broken, Files.readAllBytes(asideAgain));
        assertFalse(aside.equals(asideAgain), "a second unreadable file does not replace the first one kept aside");
    }

    /** A child JVM saves in a loop and is killed with SIGKILL: the file is always one whole save. */
    @Test
    void aProcessKilledWhileSavingLeavesTheOldOrTheNewFileWhole() throws Exception {
        Path file = dir.resolve("work.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int trial = 0; trial < 6; trial++) {
            Process child = new ProcessBuilder(
                            java, "-cp", System.getProperty("java.class.path"), Saver.class.getName(), file.toString())
                    .redirectErrorStream(true)
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.exists(file) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(20 + 37L * trial);
            child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            String text = Files.readString(file);
            List<String> lines = text.lines().toList();
            assertEquals(2000, lines.size(), "trial " + trial + ": a torn file of " + text.length() + " chars");
            assertEquals(1, lines.stream().distinct().count(), "trial " + trial + ": lines of two saves mixed");
            assertTrue(
                    lines.get(0).matches("save \\d+") && text.endsWith("\n"), "trial " + trial + ": " + lines.get(0));
        }
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** The child of the kill test: saves 2,000 equal lines, again and again, until it is killed. */
    public static final class Saver {
        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            for (int i = 0; ; i++) {
                AtomicFiles.writeString(file, ("save " + i + "\n").repeat(2000));
            }
        }
    }
}
