package bachprop.seq.satb;

import bachprop.util.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The token log of {@code evaluate --voices 4 --token-log FILE.csv}: a header line
 * {@code chorale,step,voice,token,p}, then one line per scored token, in score, step, voice order —
 * the score's id (e.g. {@code test:12}), the step from 0, the voice 0 soprano … 3 bass, Bach's token
 * (0 rest, 1..46 for MIDI 36..81) and the model's probability of it (Java's shortest text that reads
 * back as the same double), so that any tool can recompute {@link TokenMetric}'s figures.
 */
public final class TokenLog {
    public static final String HEADER = "chorale,step,voice,token,p";
    private final StringBuilder lines = new StringBuilder(HEADER).append('\n');

    public void add(String chorale, int step, int voice, int token, double p) {
        lines.append(chorale)
                .append(',')
                .append(step)
                .append(',')
                .append(voice)
                .append(',')
                .append(token)
                .append(',')
                .append(p)
                .append('\n');
    }

    /** Writes the log atomically (a half-written log never replaces a whole one). */
    public void save(Path file) throws IOException {
        AtomicFiles.write(file, lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "TokenLog[" + (lines.chars().filter(c -> c == '\n').count() - 1) + " tokens]";
    }
}
