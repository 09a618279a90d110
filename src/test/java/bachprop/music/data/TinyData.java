package bachprop.music.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Small chorale data the tests write themselves, in the real layout (a data root holding
 * {@code jsb-chorales/jsb_chorales/{train,valid,test}/*.csv} and {@code uci-bach-chorales/chorales.lisp}),
 * so that unit tests need neither the real corpus nor a network. The tunes are seeded walks on the
 * C major scale: musically dull, but valid for every loader.
 */
public final class TinyData {
    /** Chorales per split written by {@link #writeJsb}: train, valid, test. */
    public static final List<Integer> JSB_COUNTS = List.of(3, 2, 2);
    /** Melodies in {@link #uciLisp()}. */
    public static final int UCI_MELODIES = 4;

    private static final int[] SCALE = {60, 62, 64, 65, 67, 69, 71, 72, 74, 76};

    private TinyData() {}

    /** Writes both data sets under {@code root} and returns it. */
    public static Path writeRoot(Path root) throws IOException {
        writeJsb(root.resolve(DataLocator.JSB_DIR).resolve("jsb_chorales"));
        Path uci = root.resolve(DataLocator.UCI_DIR);
        Files.createDirectories(uci);
        Files.writeString(uci.resolve(UciChorales.FILE), uciLisp());
        return root;
    }

    /** The CSV tree: {@code dir/{train,valid,test}/chorale_NNN.csv}, numbered on across the splits. */
    public static void writeJsb(Path dir) throws IOException {
        String[] splits = {"train", "valid", "test"};
        int number = 0;
        for (int s = 0; s < splits.length; s++) {
            Path d = dir.resolve(splits[s]);
            Files.createDirectories(d);
            for (int i = 0; i < JSB_COUNTS.get(s); i++, number++) {
                Files.writeString(d.resolve(String.format("chorale_%03d.csv", number)), jsbCsv(number));
            }
        }
    }

    /** One chorale: 48 sixteenths, four voices a sixth, an octave and two octaves under a soprano walk. */
    public static String jsbCsv(int seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(JsbChorales.HEADER).append('\n');
        int degree = 4;
        for (int beat = 0; beat < 12; beat++) {
            degree = Math.max(0, Math.min(SCALE.length - 1, degree + r.nextInt(3) - 1));
            int soprano = SCALE[degree];
            for (int t = 0; t < 4; t++) {
                b.append(soprano)
                        .append(',')
                        .append(soprano - 9)
                        .append(',')
                        .append(soprano - 12)
                        .append(',')
                        .append(soprano - 24)
                        .append('\n');
            }
        }
        return b.toString();
    }

    /** {@link #UCI_MELODIES} melodies in the UCI lisp form, each with a rest and a final fermata. */
    public static String uciLisp() {
        StringBuilder b = new StringBuilder();
        for (int m = 1; m <= UCI_MELODIES; m++) {
            Random r = new Random(100 + m);
            b.append('(').append(m).append(' ');
            int st = 0;
            int degree = 4;
            for (int i = 0; i < 12; i++) {
                degree = Math.max(0, Math.min(SCALE.length - 1, degree + r.nextInt(3) - 1));
                int dur = i == 5 ? 8 : 4;
                b.append(String.format(
                        "((st %d) (pitch %d) (dur %d) (keysig 0) (timesig 16) (fermata %d))",
                        st, SCALE[degree], dur, i == 11 ? 1 : 0));
                st += dur + (i == 6 ? 4 : 0); // a gap after the 7th note: one rest
            }
            b.append(")\n");
        }
        return b.toString();
    }

    /** A {@code .tar.gz} of the folder {@code dir} as the JSB archive holds it: entries {@code NAME/...}. */
    public static byte[] tgz(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path base = dir.getParent();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes));
                Stream<Path> walk = Files.walk(dir)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path p : walk.sorted().toList()) {
                String name = base.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : "");
                TarArchiveEntry e = new TarArchiveEntry(name);
                if (Files.isRegularFile(p)) {
                    e.setSize(Files.size(p));
                }
                tar.putArchiveEntry(e);
                if (Files.isRegularFile(p)) {
                    tar.write(Files.readAllBytes(p));
                }
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A {@code .tar.gz} holding one file {@code name} with {@code body} (for hostile-archive tests). */
    public static byte[] tgzOf(String name, byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            TarArchiveEntry e = new TarArchiveEntry(name, true);
            e.setSize(body.length);
            tar.putArchiveEntry(e);
            tar.write(body);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
