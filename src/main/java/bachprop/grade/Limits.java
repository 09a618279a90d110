package bachprop.grade;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The operating system's caps on the child JVM, where the machine has the tools: {@code setsid}
 * makes the child the leader of a new process group (so the whole group can be ended with the
 * grade), and {@code prlimit} caps its CPU time and the size of any file it writes, and turns off
 * core dumps. Without the tools the child still runs (the sandbox refuses processes anyway).
 */
final class Limits {
    /** The biggest file the child may write: 64 MB. */
    static final long FILE_CAP = 64L << 20;
    /** Exit codes of a child killed by SIGXCPU (24) and SIGXFSZ (25). */
    static final int SIGXCPU_EXIT = 128 + 24;

    static final int SIGXFSZ_EXIT = 128 + 25;

    private static final String SETSID = find("setsid");
    private static final String PRLIMIT = find("prlimit");
    private static final String KILL = find("kill");

    private Limits() {}

    /** What goes before {@code java} on the child's command line. */
    static List<String> prefix(long cpuSeconds) {
        List<String> cmd = new ArrayList<>();
        if (SETSID != null) {
            cmd.add(SETSID);
        }
        if (PRLIMIT != null) {
            cmd.addAll(List.of(PRLIMIT, "--cpu=" + cpuSeconds, "--fsize=" + FILE_CAP, "--core=0"));
        }
        return cmd;
    }

    /** True when the child leads its own process group, so {@link #killGroup} can end everything it started. */
    static boolean groups() {
        return SETSID != null && KILL != null;
    }

    /** Ends the child, its descendants, and (with setsid) every process left in its group. */
    static void killGroup(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        if (p.isAlive()) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        if (groups()) {
            try {
                Process k = new ProcessBuilder(KILL, "-KILL", "--", "-" + p.pid())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                k.waitFor(5, TimeUnit.SECONDS);
            } catch (IOException e) {
                // the group is already gone
            }
        }
    }

    private static String find(String tool) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            File f = new File(dir, tool);
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }
}
