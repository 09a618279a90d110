package bachprop.seq;

import java.util.ArrayList;
import java.util.List;

/**
 * N-fold rotation over a corpus's melodies (cross-validation). All the melodies are pooled in a
 * fixed order — the corpus's train split, then valid, then test, each in its own order (file
 * order for UCI, file number for JSB) — and cut into {@code n} contiguous blocks; block b holds
 * melodies {@code ⌊b·M/n⌋ .. ⌊(b+1)·M/n⌋ − 1}, so block sizes differ by at most one. Rotation i
 * tests on block i, validates (early stopping, the kind's choices) on block i + 1 mod n, and
 * trains on the other n − 2 blocks; over the n rotations every melody is tested exactly once.
 * Blocks and rotations are numbered from 0 here and from 1 in what people read.
 */
public final class Folds {
    private final String source;
    private final List<NoteSequence> melodies;
    private final int n;

    /** {@code melodies} in the order they are cut; 2 ≤ n ≤ number of melodies, else an error naming both. */
    public Folds(String source, List<NoteSequence> melodies, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("--folds must be at least 2, not " + n);
        }
        if (n > melodies.size()) {
            throw new IllegalArgumentException(
                    "--folds " + n + " is more than the " + melodies.size() + " melodies of " + source);
        }
        this.source = source;
        this.melodies = List.copyOf(melodies);
        this.n = n;
    }

    /** The corpus's melodies pooled: train, then valid, then test. */
    public static Folds of(Corpus corpus, int n) {
        List<NoteSequence> all = new ArrayList<>(corpus.train());
        all.addAll(corpus.valid());
        all.addAll(corpus.test());
        return new Folds(corpus.name(), all, n);
    }

    /** The corpus's name ({@code uci}). */
    public String source() {
        return source;
    }

    public int count() {
        return n;
    }

    public List<NoteSequence> melodies() {
        return melodies;
    }

    /** Block b: melodies ⌊b·M/n⌋ up to (not including) ⌊(b+1)·M/n⌋. */
    public List<NoteSequence> block(int b) {
        int m = melodies.size();
        return melodies.subList(b * m / n, (b + 1) * m / n);
    }

    /** The block rotation i validates on: the next one, i + 1 mod n (never i itself, as n ≥ 2). */
    public int validationBlock(int i) {
        return (i + 1) % n;
    }

    /** Rotation i: test block i, validation block i + 1 mod n, training on every other block. */
    public Rotation rotation(int i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("rotation " + i + " of " + n);
        }
        int v = validationBlock(i);
        List<NoteSequence> train = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            if (b != i && b != v) {
                train.addAll(block(b));
            }
        }
        return new Rotation(i, v, List.copyOf(train), block(v), block(i));
    }

    /** One rotation: what the kind trains on, what it validates on, and the block it is scored on. */
    public record Rotation(
            int index,
            int validationBlock,
            List<NoteSequence> train,
            List<NoteSequence> valid,
            List<NoteSequence> test) {
        /** What {@link ModelKind#train} receives: this rotation's train and validation blocks, never its test block. */
        public TrainingData trainingData(String source) {
            return new TrainingData(source + ":fold" + (index + 1), train, valid);
        }

        @Override
        public String toString() {
            return "rotation " + (index + 1) + ": test block " + (index + 1) + " (" + test.size()
                    + " melodies), validation block " + (validationBlock + 1) + " (" + valid.size() + "), train "
                    + train.size();
        }
    }

    @Override
    public String toString() {
        int m = melodies.size();
        return n + " folds of the " + m + " " + source + " melodies (train, valid, test pooled in order): blocks of "
                + (m / n == (m + n - 1) / n ? Integer.toString(m / n) : m / n + "–" + (m + n - 1) / n)
                + "; rotation i tests block i, validates on block i+1 (mod " + n + "), trains on the rest";
    }
}
