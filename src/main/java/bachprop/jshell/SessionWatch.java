package bachprop.jshell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs inside a session's JVM, as its Java agent ({@link SessionAgent}): reports the JVM's pid,
 * ends the processes its cells started when the JVM ends, and ends the JVM (within about 0.5 s)
 * once the app that started it is gone, however the app ended (even {@code kill -9}).
 *
 * <p>Only JDK classes, no lambdas or nested classes: the agent jar holds this one class file.
 */
public final class SessionWatch implements Runnable {
    /** The watching thread's name (a daemon; cells see it in thread dumps). */
    public static final String THREAD = "bachprop-session-watch";
    /** How often the app's pid is checked. */
    static final long POLL_MILLIS = 500;

    private final long app;
    private final long firstParent;
    private final boolean endDescendantsOnly;

    private SessionWatch(long app, long firstParent, boolean endDescendantsOnly) {
        this.app = app;
        this.firstParent = firstParent;
        this.endDescendantsOnly = endDescendantsOnly;
    }

    /**
     * The agent's entry point.
     *
     * @param args {@code APP_PID,PID_FILE}: the pid of the app to watch, and a file to write this JVM's pid to
     */
    public static void premain(String args) throws IOException {
        String[] parts = args.split(",", 2);
        long app = Long.parseLong(parts[0].strip());
        if (parts.length > 1 && !parts[1].isBlank()) {
            Files.writeString(
                    Path.of(parts[1]), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(new SessionWatch(app, -1, true), THREAD + "-exit"));
        Thread watch = new Thread(new SessionWatch(app, parentPid(), false), THREAD);
        watch.setDaemon(true);
        watch.start();
    }

    @Override
    public void run() {
        if (endDescendantsOnly) {
            endDescendants(); // the JVM is ending (System.exit in a cell, or closed): its processes end too
            return;
        }
        while (true) {
            if (!appAlive()) {
                endDescendants();
                Runtime.getRuntime().halt(0);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                // a cell cannot stop the watch by interrupting it: keep watching
            }
        }
    }

    /** The app still runs: its pid is alive and this JVM was not handed to another parent (Linux, macOS). */
    private boolean appAlive() {
        Optional<ProcessHandle> a = ProcessHandle.of(app);
        return a.isPresent() && a.get().isAlive() && parentPid() == firstParent;
    }

    private static long parentPid() {
        Optional<ProcessHandle> p = ProcessHandle.current().parent();
        return p.isPresent() ? p.get().pid() : -1;
    }

    private static void endDescendants() {
        Object[] all = ProcessHandle.current().descendants().toArray();
        for (Object p : all) {
            ((ProcessHandle) p).destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "SessionWatch(app pid " + app + (endDescendantsOnly ? ", at exit" : ", every " + POLL_MILLIS + " ms")
                + ")";
    }
}
