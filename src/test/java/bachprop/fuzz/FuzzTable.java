package bachprop.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fuzz figures per input kind, printed and written to {@code target/fuzz-report.md}. */
final class FuzzTable {
    private FuzzTable() {}

    /** One kind's runs: exit 2 (clear errors, and how many point at a line or field), exit 0, other, time. */
    static final class Row {
        private final String kind;
        int runs;
        int clear;
        int located;
        int valid;
        int other;
        long millis;
        long slowest;
        /** A few clear errors that name no line or field, for the report. */
        final List<String> unlocated = new ArrayList<>();

        Row(String kind) {
            this.kind = kind;
        }

        String kind() {
            return kind;
        }

        void add(FuzzRun r) {
            runs++;
            if (r.code() == 2) {
                clear++;
                located += r.locates() ? 1 : 0;
                if (!r.locates() && unlocated.size() < 3) {
                    unlocated.add(r.brief());
                }
            } else if (r.code() == 0) {
                valid++;
            } else {
                other++;
            }
            millis += r.millis();
            slowest = Math.max(slowest, r.millis());
        }

        @Override
        public String toString() {
            return String.format(
                    "| %-18s | %4d | %4d | %4d | %4d | %4d | %6.1f s | %6d ms |",
                    kind, runs, clear, located, valid, other, millis / 1000.0, slowest);
        }
    }

    static void print(Map<String, Row> rows, String mode, PrintStream out) throws IOException {
        StringBuilder b = new StringBuilder("Input fuzzing (" + mode + " mode)\n\n");
        b.append("| kind               | runs | exit 2 | at line/field | exit 0 | other | time | slowest |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        rows.values().forEach(r -> b.append(r).append('\n'));
        b.append("\nClear errors without a line or field (a few per kind):\n");
        rows.values()
                .forEach(r -> r.unlocated.forEach(u ->
                        b.append("- ").append(r.kind()).append(": ").append(u).append('\n')));
        out.print(b);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("fuzz-report.md"), b);
        }
    }
}
