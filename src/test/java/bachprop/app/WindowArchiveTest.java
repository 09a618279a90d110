package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's class-data archive that {@code mvn package} writes (scripts/window-archive.sh,
 * docs/performance.md): it exists for the launcher's class path, Java maps it and serves the
 * window's classes from it, and an archive that is garbled or older than its jar only slows a
 * start, never breaks it. Tagged "cds": it runs in {@code mvn verify} after the package (pom.xml,
 * profile window-archive), not in the test phase, when there is no jar yet.
 */
@Tag("cds")
class WindowArchiveTest {
    private static final Path TARGET = Path.of(System.getProperty("user.dir"), "target");
    private static final Path JSA = TARGET.resolve("cds/window.jsa");
    private static final Path CLASSPATH = TARGET.resolve("cds/window.classpath");
    /** The launcher's flags for an archive it maps (bachprop): Java's own CDS messages off. */
    private static final List<String> LAUNCHER_CDS_FLAGS = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    @TempDir
    Path tmp;

    @BeforeEach
    void archiveWasWanted() {
        assumeFalse(Boolean.getBoolean("bachprop.cds.skip"), "-Dbachprop.cds.skip=true: no archive was built");
    }

    @Test
    void packageWroteAnArchiveForTheLaunchersClassPath() throws IOException {
        assertTrue(Files.size(JSA) > 1_000_000, "the archive " + JSA + " is missing or nearly empty");
        String runtime = Files.readString(TARGET.resolve("runtime.classpath")).strip();
        String jar = System.getProperty("bachprop.cds.jar", jarOf(classPath()));
        // The launcher maps the archive only when this is its own class path: the jar, then the dependencies.
        assertEquals(jar + ":" + runtime, classPath());
        assertTrue(Files.isRegularFile(Path.of(jar)), "no jar " + jar);
    }

    @Test
    void javaMapsTheArchiveAndItHoldsTheWindowsClasses() throws Exception {
        Run r = java(
                List.of("-Xshare:on", "-XX:SharedArchiveFile=" + JSA, "-XX:+PrintSharedArchiveAndExit"),
                classPath(),
                "-version");
        assertEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("archive is valid"), "Java did not validate the archive");
        for (String cls : List.of(
                "bachprop.cli.Main",
                "bachprop.app.CompanionApp",
                "javafx.scene.Scene",
                "javafx.scene.control.Label",
                "jdk.jshell.JShell")) {
            assertTrue(r.output.contains(": " + cls + " app_loader"), cls + " is not in the archive");
        }
    }

    @Test
    void aStartWithTheArchiveLoadsTheAppsClassesFromIt() throws Exception {
        List<String> flags = new ArrayList<>(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + JSA));
        flags.addAll(LAUNCHER_CDS_FLAGS);
        flags.add("-Xlog:class+load=info");
        Run r = java(flags, classPath(), "bachprop.cli.Main", "--help");
        assertEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("Usage: bachprop"), r.output);
        assertTrue(
                r.output.contains("bachprop.cli.Main source: shared objects file (top)"),
                "bachprop.cli.Main was not loaded from the archive");
    }

    @Test
    void aGarbledArchiveOnlySlowsTheStart() throws Exception {
        Path garbled = tmp.resolve("garbled.jsa");
        Files.copy(JSA, garbled);
        garbled.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(garbled);
        for (int i = 0; i < 64; i++) {
            bytes[i] = (byte) (i * 37 + 11); // the header: magic, CRC, version
        }
        Files.write(garbled, bytes);
        assertStartsWithoutIt(garbled, classPath());
    }

    @Test
    void anArchiveOlderThanItsJarIsRefusedAndTheStartGoesOn() throws Exception {
        Path jar = tmp.resolve("bachprop.jar");
        Files.copy(Path.of(jarOf(classPath())), jar, StandardCopyOption.COPY_ATTRIBUTES);
        String cp = jar + classPath().substring(jarOf(classPath()).length());
        Path jsa = tmp.resolve("small.jsa");
        Run dump = java(List.of("-XX:ArchiveClassesAtExit=" + jsa), cp, "bachprop.cli.Main", "--help");
        assertEquals(0, dump.exit, dump.output);
        List<String> strict = List.of("-Xshare:on", "-XX:SharedArchiveFile=" + jsa);
        assertEquals(0, java(strict, cp, "bachprop.cli.Main", "--help").exit, "the fresh archive does not map");
        // The jar is rebuilt after the archive: Java sees another modification time and refuses the archive ...
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 10_000));
        assertNotEquals(0, java(strict, cp, "bachprop.cli.Main", "--help").exit, "a stale archive was mapped");
        // ... and with the launcher's flags (sharing "auto") starts without it.
        assertStartsWithoutIt(jsa, cp);
    }

    private static void assertStartsWithoutIt(Path jsa, String cp) throws Exception {
        List<String> flags = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + jsa));
        flags.addAll(LAUNCHER_CDS_FLAGS);
        Run r = java(flags, cp, "bachprop.cli.Main", "--help");
        assertEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("Usage: bachprop"), r.output);
        String others = r.output
                .lines()
                .filter(l -> !l.contains("Using incubator modules"))
                .filter(l -> !l.startsWith("Usage:") && !l.startsWith(" ") && !l.startsWith("a step-through"))
                .filter(l -> !l.startsWith("Commands:"))
                .reduce("", (a, b) -> a + b + "\n");
        assertEquals("", others, "the start printed more than the help");
    }

    private static String classPath() throws IOException {
        return Files.readString(CLASSPATH).strip();
    }

    private static String jarOf(String classPath) {
        return classPath.substring(0, classPath.indexOf(':'));
    }

    private record Run(int exit, String output) {}

    /** Runs the java on the PATH (the launcher's) with {@code flags}, class path {@code cp} and {@code args}. */
    private static Run java(List<String> flags, String cp, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "--add-modules", "jdk.incubator.vector"));
        command.addAll(flags);
        command.add("-XX:ErrorFile=" + TARGET.resolve("cds/hs_err_pid%p.log"));
        command.addAll(List.of("-cp", cp));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "java did not end: " + command);
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
