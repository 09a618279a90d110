package bachprop.jshell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The session JVMs this app started, and the processes their cells started. Ending a session
 * kills its JVM (which ends the threads its cells started) and every process below it; a hook
 * does the same for the sessions still open when the app exits.
 */
final class SessionProcesses {
    private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SessionProcesses::endAll, "bachprop-sessions-exit"));
    }

    private SessionProcesses() {}

    /** The session JVM that wrote its pid to {@code pidFile}, or null when it did not. */
    static ProcessHandle found(Path pidFile) {
        try {
            String pid = Files.readString(pidFile, StandardCharsets.UTF_8).strip();
            Optional<ProcessHandle> jvm = pid.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
            jvm.ifPresent(LIVE::add);
            return jvm.orElse(null);
        } catch (IOException | NumberFormatException e) {
            SessionTrace.event("no pid from the session JVM (" + e + ")");
            return null;
        }
    }

    /** Kills the processes the session's cells started (and theirs), leaving the session itself. */
    static void endDescendants(ProcessHandle jvm) {
        if (jvm != null) {
            jvm.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Kills the session JVM and every process below it, and waits (at most 1 s) for the JVM to be gone. */
    static void end(ProcessHandle jvm) {
        if (jvm == null) {
            return;
        }
        LIVE.remove(jvm);
        List<ProcessHandle> below = jvm.descendants().toList(); // before the JVM dies and they are re-parented
        jvm.destroyForcibly();
        below.forEach(ProcessHandle::destroyForcibly);
        try {
            jvm.onExit().get(1, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            SessionTrace.event("session JVM " + jvm.pid() + " not gone yet (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void endAll() {
        for (ProcessHandle jvm : List.copyOf(LIVE)) {
            end(jvm);
        }
    }
}
