package bachprop.fuzz;

import bachprop.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One fuzz run: a command (in-process, through {@link Main#run}) or a library call on one mutated
 * file, on its own thread with a deadline, and what came of it.
 *
 * @param code    the exit code (0 ok, 1 a check failed, 2 bad input); -1 when a Throwable escaped
 * @param output  stdout and stderr together
 * @param millis  wall time
 * @param escaped a Throwable that escaped the command (a failure), or null
 * @param late    true when the run did not end within the deadline
 */
public record FuzzRun(int code, String output, long millis, Throwable escaped, boolean late) {
    /** The most a run may take. */
    public static final long DEADLINE_MILLIS = 10_000;

    /** A Java stack frame, or a Java class name of an exception or error in what a user reads. */
    private static final Pattern TRACE = Pattern.compile(
            "\tat |\\b(java|javax|jdk|sun|com\\.fasterxml)\\.[a-z]+\\.|\\b[A-Z]\\w*(Exception|Error)\\b");

    /** Runs {@code args} through the command line. */
    public static FuzzRun command(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return call(() -> Main.run(args, both, both), bytes);
    }

    /** Runs a library call; a returned code counts as the exit code, a thrown exception escapes. */
    public static FuzzRun call(Callable<Integer> body, ByteArrayOutputStream output) {
        int[] code = {-1};
        Throwable[] escaped = {null};
        Thread t = new Thread(
                () -> {
                    try {
                        code[0] = body.call();
                    } catch (Throwable e) {
                        escaped[0] = e;
                    }
                },
                "fuzz-run");
        t.setDaemon(true);
        long t0 = System.nanoTime();
        t.start();
        try {
            t.join(DEADLINE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean late = t.isAlive();
        if (late) {
            t.interrupt();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String text;
        synchronized (output) {
            text = output.toString(StandardCharsets.UTF_8);
        }
        return new FuzzRun(code[0], text, millis, escaped[0], late);
    }

    /** True when what the user reads holds a stack frame or a Java exception's class name. */
    public boolean showsStackTrace() {
        return TRACE.matcher(output).find();
    }

    /** True when the message points into the file: a line, a field or a position. */
    public boolean locates() {
        return Pattern.compile(":\\d+|line \\d+|field '|\\$\\.|\\[\\d+]|column \\d+|byte \\d+|offset \\d+")
                .matcher(output)
                .find();
    }

    /** The first 300 characters of the output, on one line, for a failure message. */
    public String brief() {
        String s = output.replace('\n', '|');
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when some file in {@code dir} (the file itself, or a copy moved aside) holds exactly {@code bytes}. */
    public static boolean keptIn(Path dir, byte[] bytes) throws IOException {
        String want = sha256(bytes);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)
                        && Files.size(p) == bytes.length
                        && sha256(Files.readAllBytes(p)).equals(want)) {
                    return true;
                }
            }
        }
        return false;
    }
}
