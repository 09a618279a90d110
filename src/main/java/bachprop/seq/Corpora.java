package bachprop.seq;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Melodies for the sequence models: the soprano line of the JSB chorales as {@link SeqNote}s
 * (a note = a maximal run of equal soprano values; rests dropped).
 */
public final class Corpora {
    private Corpora() {
    }

    /** The JSB data directory as tests and development see it (relative to the project root). */
    public static Path defaultJsbDir() {
        Path home = bachprop.util.Paths2.home();
        return home.resolve("../shared/data/jsb-chorales/jsb_chorales").normalize();
    }

    /** The melodies of one split ({@code train}, {@code valid} or {@code test}) of a JSB directory. */
    public static List<NoteSequence> jsb(Path dir, String split) throws IOException {
        Path splitDir = dir.resolve(split);
        if (!Files.isDirectory(splitDir)) {
            throw new IOException(splitDir + ": no such JSB split directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(splitDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        List<NoteSequence> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.replace("chorale_", "").replace(".csv", "");
            out.add(new NoteSequence("jsb:" + split + ":" + Integer.parseInt(id), sopranoNotes(f), Key.estimate(pitchClasses(f))));
        }
        return out;
    }

    /** Sixteenths per pitch class over all four voices of a JSB CSV (for the key estimate). */
    public static double[] pitchClasses(Path csv) throws IOException {
        double[] w = new double[12];
        List<String> lines = Files.readAllLines(csv);
        for (int i = 1; i < lines.size(); i++) {
            for (String cell : lines.get(i).split(",")) {
                String c = cell.trim();
                if (c.isEmpty()) {
                    continue;
                }
                int v = (int) Math.round(Double.parseDouble(c));
                if (v > 0) {
                    w[v % 12] += 1;
                }
            }
        }
        return w;
    }

    /** Reads a JSB CSV (header, then one row per sixteenth, soprano first) into soprano notes. */
    public static List<SeqNote> sopranoNotes(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<SeqNote> notes = new ArrayList<>();
        int current = -1;
        int length = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String first = line.split(",", 2)[0].trim();
            int v;
            try {
                v = (int) Math.round(Double.parseDouble(first));
            } catch (NumberFormatException e) {
                throw new IOException(csv + ":" + (i + 1) + ": not a MIDI number: '" + first + "'");
            }
            if (v == current) {
                length++;
                continue;
            }
            if (current > 0) {
                notes.add(new SeqNote(current, length));
            }
            current = v;
            length = 1;
        }
        if (current > 0) {
            notes.add(new SeqNote(current, length));
        }
        return notes;
    }
}
