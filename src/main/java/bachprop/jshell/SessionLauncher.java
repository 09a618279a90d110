package bachprop.jshell;

import bachprop.util.Paths2;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;

/**
 * Starts a JShell session in a JVM of its own with the project's classes on its classpath, a
 * 1 GB heap ({@code -Dbachprop.jshell.xmx}) and the Vector API module, its output going to one
 * stream. A {@link SessionWatch} agent in that JVM ends it when this app ends.
 */
final class SessionLauncher {
    private final List<String> classpath;
    private final List<String> remoteOptions;

    SessionLauncher(List<String> classpath) {
        this.classpath = List.copyOf(classpath);
        this.remoteOptions = List.of(
                "-Xmx" + System.getProperty("bachprop.jshell.xmx", "1g"),
                "-Djava.awt.headless=true",
                "-Dbachprop.home=" + Paths2.home(),
                "--add-modules",
                "jdk.incubator.vector"); // the fast training path (bachprop.nn.fast) needs it in cells too
    }

    /** {@code target/classes} and the entries of {@code target/runtime.classpath} (written by the build). */
    static List<String> projectClasspath() {
        Path target = Paths2.home().resolve("target");
        List<String> cp = new ArrayList<>();
        if (Files.isDirectory(target.resolve("classes"))) {
            cp.add(target.resolve("classes").toString());
        }
        Path runtime = target.resolve("runtime.classpath");
        if (Files.isRegularFile(runtime)) {
            try {
                for (String entry : Files.readString(runtime).strip().split(File.pathSeparator)) {
                    if (!entry.isBlank()) {
                        cp.add(entry);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + runtime + ": " + e.getMessage(), e);
            }
        }
        return cp;
    }

    /** A running session: the shell, and its JVM when that reported its pid (else null). */
    record Session(JShell shell, ProcessHandle jvm) {}

    /** A new session printing to {@code out} (takes 1–2 s); its JVM ends when this app ends. */
    Session launch(PrintStream out) {
        List<String> vm = new ArrayList<>(remoteOptions);
        Path pidFile = pidFile();
        Path agent = SessionAgent.writeJar();
        vm.add(SessionAgent.option(agent, pidFile));
        try {
            return launch(out, vm, pidFile);
        } finally {
            SessionAgent.delete(agent);
            SessionAgent.delete(pidFile);
        }
    }

    private Session launch(PrintStream out, List<String> vm, Path pidFile) {
        String extra = System.getProperty("bachprop.jshell.vmopts", "");
        if (!extra.isBlank()) {
            vm.addAll(List.of(extra.trim().split("[\\s,]+")));
        }
        // One --class-path at launch instead of addToClasspath per entry: each of those is a round trip
        // and a compiler reset (20 entries took ~2 s of the session's start).
        boolean cpAtLaunch = !Boolean.getBoolean("bachprop.jshell.cpPerEntry");
        String joined = String.join(File.pathSeparator, classpath);
        JShell.Builder b = JShell.builder().out(out).err(out);
        if (!"jdi".equals(System.getProperty("bachprop.jshell.engine"))) {
            b.executionEngine(new SessionEngine(), Map.of()); // JShell's engine, minus Nagle's delays
        }
        if (cpAtLaunch && !classpath.isEmpty()) {
            vm.add("--class-path");
            vm.add(joined);
            b.compilerOptions("--class-path", joined);
        }
        long tb = System.nanoTime();
        JShell created = b.remoteVMOptions(vm.toArray(String[]::new)).build();
        SessionTrace.took("JShell.build()", tb);
        long tc = System.nanoTime();
        if (!cpAtLaunch) {
            for (String entry : classpath) {
                created.addToClasspath(entry);
            }
        }
        SessionTrace.took("classpath added", tc);
        return new Session(created, SessionProcesses.found(pidFile));
    }

    /** Closes {@code s} (if any), waiting at most 2 s. */
    static void close(JShell s) {
        if (s == null) {
            return;
        }
        Thread closer = new Thread(
                () -> {
                    try {
                        s.close();
                    } catch (RuntimeException ignored) {
                        // the JVM is already gone
                    }
                },
                "jshell-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path pidFile() {
        try {
            return Files.createTempFile("bachprop-session", ".pid");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SessionLauncher(" + classpath.size() + " classpath entries, " + remoteOptions + ")";
    }
}
