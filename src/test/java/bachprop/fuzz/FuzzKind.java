package bachprop.fuzz;

import bachprop.util.Paths2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * One input kind under fuzzing: its valid fixture damaged {@link InputFuzzTest#RUNS} times, each
 * run in a fresh folder, every run checked against the rules of docs/bad-input.md.
 */
final class FuzzKind {
    /** The mutated file, in place, and how to run the command that reads it. */
    record Case(Path file, Callable<FuzzRun> run) {}

    /** Sets up a fresh folder for one run: the file's place and the command. */
    interface Setup {
        Case in(Path dir, int seed) throws IOException;
    }

    private final String name;
    private final Mutator mutator;
    private final Set<Integer> allowed;
    /** Runs after which the damaged bytes were kept under another name (an unreadable file moved aside). */
    private int movedAside;
    /** Bytes the command may legitimately rewrite (a readable progress file); null: never rewritten. */
    Predicate<byte[]> rewrites;
    /** For binary files: odd seeds damage the payload this way (and seal it again). */
    BiFunction<byte[], Integer, byte[]> payload;

    FuzzKind(String name, char opener, Set<Integer> allowed) {
        this.name = name;
        this.mutator = new Mutator(InputFuzzTest.LONG_LINE, opener);
        this.allowed = allowed;
    }

    void fuzz(byte[] valid, Setup setup) throws IOException {
        FuzzTable.Row row = new FuzzTable.Row(name);
        List<String> failures = new ArrayList<>();
        Path root = Files.createDirectories(InputFuzzTest.tmp.resolve("fuzz-" + name.replace(' ', '-')));
        for (int seed = 0; seed < InputFuzzTest.RUNS; seed++) {
            boolean inPayload = payload != null && seed % 2 == 1;
            byte[] bytes =
                    inPayload ? payload.apply(valid, seed) : mutator.mutate(valid, seed / (payload != null ? 2 : 1));
            String what = inPayload ? "payload" : Mutator.name(seed / (payload != null ? 2 : 1));
            Path dir = Files.createDirectories(root.resolve("run-" + seed));
            Case c = setup.in(dir, seed);
            Files.write(c.file(), bytes);
            FuzzRun r;
            try {
                r = c.run().call();
            } catch (Exception e) {
                r = new FuzzRun(-1, "", 0, e, false);
            }
            row.add(r);
            if (!Files.exists(c.file()) || !Arrays.equals(Files.readAllBytes(c.file()), bytes)) {
                movedAside += FuzzRun.keptIn(dir, bytes) ? 1 : 0;
            }
            String problem = problem(r, c.file(), bytes);
            if (problem != null) {
                failures.add(name + " seed " + seed + " (" + what + "): " + problem + " | " + r.brief());
            }
            if (bytes.length > 1_000_000) {
                Paths2.deleteTree(dir); // keep the temporary folder small
            }
        }
        InputFuzzTest.record(row);
        if (row.clear == 0 && movedAside == 0) {
            failures.add(name + ": no run ended in a clear error or moved the file aside, so the file was never read"
                    + " (another file used?)");
        }
        InputFuzzTest.check(failures, name);
    }

    private String problem(FuzzRun r, Path file, byte[] bytes) throws IOException {
        if (r.escaped() != null) {
            return "escaped: " + r.escaped();
        }
        if (r.late()) {
            return "still running after " + FuzzRun.DEADLINE_MILLIS + " ms";
        }
        if (!allowed.contains(r.code())) {
            return "exit code " + r.code() + " (expected one of " + allowed + ")";
        }
        if (r.code() != 0 && !r.output().contains(file.getFileName().toString())) {
            return "the message does not name " + file.getFileName();
        }
        if (r.showsStackTrace()) {
            return "a stack trace or Java class name in the output";
        }
        boolean mayRewrite = rewrites != null && r.code() == 0 && rewrites.test(bytes);
        if (!mayRewrite && !FuzzRun.keptIn(file.getParent(), bytes)) {
            return "the input file was changed and not kept aside";
        }
        return null;
    }
}
