package bachprop.music.data;

import bachprop.music.Melody;
import bachprop.music.Note;
import bachprop.music.Split;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The JSB chorales as CSV (the source text's data): 382 four-voice chorales, one row per
 * sixteenth-note step, header {@code note0,note1,note2,note3} (soprano first), values MIDI
 * numbers with {@code 0} for no note; split train/valid/test = 229/76/77.
 *
 * <p>Policy for turning a voice into notes: a note is a maximal run of equal values, so a
 * repeated note and a held note both become one long note (the CSV cannot tell them apart, as the
 * text says); a run of {@code 0} becomes a rest ({@link Note#REST}).
 *
 * <p>Loading is all or nothing: every file is parsed before anything is returned, and the first
 * malformed row raises a {@link DataFormatException} naming its file and line.
 */
public final class JsbChorales {
    public static final String HEADER = "note0,note1,note2,note3";
    /** The largest chorale file read: a chorale is a few kB. */
    static final long MAX_FILE_BYTES = 16L << 20;

    public static final String SOURCE =
            "JSB chorales (CSV by A. Géron of C.-Z. A. Huang's JSB-Chorales-dataset; split of Boulanger-Lewandowski et al. 2012)";

    /** One chorale: {@code steps[t][v]} is voice v (0 = soprano) at sixteenth t; 0 = no note. */
    public record Chorale(String id, Split split, int[][] steps) {
        public int length() {
            return steps.length;
        }

        /** Voice v (0 soprano … 3 bass) as a melody of maximal runs; 0-runs become rests. */
        public Melody voice(int v) {
            List<Note> notes = new ArrayList<>();
            int t = 0;
            while (t < steps.length) {
                int value = steps[t][v];
                int run = 1;
                while (t + run < steps.length && steps[t + run][v] == value) {
                    run++;
                }
                notes.add(value == 0 ? Note.rest(run) : new Note(value, run));
                t += run;
            }
            return new Melody(id + (v == 0 ? "" : "/voice" + v), notes, split, null, null, Set.of(), SOURCE);
        }

        public Melody soprano() {
            return voice(0);
        }

        @Override
        public String toString() {
            return id + " [" + split.label() + ", " + steps.length + " sixteenths]";
        }
    }

    private final Path root;
    private final Map<Split, List<Chorale>> chorales;

    private JsbChorales(Path root, Map<Split, List<Chorale>> chorales) {
        this.root = root;
        this.chorales = chorales;
    }

    /**
     * Loads the CSV tree. {@code dir} may be the folder holding {@code train/valid/test}, its parent
     * {@code jsb-chorales/} or a data root holding {@code jsb-chorales/}.
     */
    public static JsbChorales load(Path dir) {
        Path root = findRoot(dir);
        if (root == null) {
            throw new DataFormatException(
                    dir, 0, "no JSB chorales here (expected train/, valid/ and test/ folders of CSV files)");
        }
        Map<Split, List<Chorale>> all = new EnumMap<>(Split.class);
        for (Split split : List.of(Split.TRAIN, Split.VALID, Split.TEST)) {
            Path folder = root.resolve(split.label());
            if (!Files.isDirectory(folder)) {
                throw new DataFormatException(
                        folder, 0, "missing the " + split.label() + " folder of the JSB chorales");
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".csv"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (files.isEmpty()) {
                throw new DataFormatException(folder, 0, "no .csv files in the " + split.label() + " folder");
            }
            List<Chorale> list = new ArrayList<>();
            for (Path f : files) {
                list.add(readCsv(f, split));
            }
            all.put(split, List.copyOf(list));
        }
        return new JsbChorales(root, all);
    }

    /** The folder holding train/valid/test under {@code dir}, or null. */
    static Path findRoot(Path dir) {
        for (Path p : List.of(
                dir, dir.resolve("jsb_chorales"), dir.resolve("jsb-chorales").resolve("jsb_chorales"))) {
            if (Files.isDirectory(p.resolve("train"))) {
                return p;
            }
        }
        return null;
    }

    /** Reads one chorale CSV; its id is {@code jsb/<split>/<file name without .csv>}. */
    public static Chorale readCsv(Path file, Split split) {
        List<String> lines;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new DataFormatException(
                        file, 0, "larger than " + (MAX_FILE_BYTES >> 20) + " MB (a chorale is a few kB)");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new DataFormatException(file, 0, "not a UTF-8 text file");
        } catch (IOException e) {
            throw new DataFormatException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new DataFormatException(file, 1, "expected the header '" + HEADER + "'");
        }
        List<int[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                if (i == lines.size() - 1) {
                    break;
                }
                throw new DataFormatException(file, i + 1, "empty row");
            }
            rows.add(parseRow(file, i + 1, line));
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(file, 1, "the chorale has no rows");
        }
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        return new Chorale("jsb/" + split.label() + "/" + name, split, rows.toArray(new int[0][]));
    }

    private static int[] parseRow(Path file, int lineNo, String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw new DataFormatException(
                    file, lineNo, "expected 4 values (soprano, alto, tenor, bass), found " + cells.length);
        }
        int[] row = new int[4];
        for (int v = 0; v < 4; v++) {
            String c = cells[v].strip();
            try {
                row[v] = Integer.parseInt(c);
            } catch (NumberFormatException e) {
                throw new DataFormatException(
                        file,
                        lineNo,
                        "'" + (c.length() > 40 ? c.substring(0, 40) + "…" : c) + "' is not a MIDI note number");
            }
            if (row[v] < 0 || row[v] > 127) {
                throw new DataFormatException(file, lineNo, "pitch " + row[v] + " is outside MIDI 0..127");
            }
        }
        return row;
    }

    public Path root() {
        return root;
    }

    public List<Chorale> chorales(Split split) {
        return chorales.getOrDefault(split, List.of());
    }

    public List<Chorale> all() {
        List<Chorale> list = new ArrayList<>();
        for (Split s : List.of(Split.TRAIN, Split.VALID, Split.TEST)) {
            list.addAll(chorales(s));
        }
        return list;
    }

    /** The soprano melodies of one split, rests kept. */
    public List<Melody> sopranos(Split split) {
        return chorales(split).stream().map(Chorale::soprano).toList();
    }

    public List<Melody> train() {
        return sopranos(Split.TRAIN);
    }

    public List<Melody> valid() {
        return sopranos(Split.VALID);
    }

    public List<Melody> test() {
        return sopranos(Split.TEST);
    }

    public int size() {
        return all().size();
    }

    @Override
    public String toString() {
        return "JSB chorales at " + root + ": " + chorales(Split.TRAIN).size() + " train, "
                + chorales(Split.VALID).size() + " valid, "
                + chorales(Split.TEST).size() + " test";
    }
}
