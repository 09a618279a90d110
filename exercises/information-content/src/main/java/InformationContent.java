/** Per-note surprise (chapter 9): information content, entropy, a short-term model, and their mixture. */
public final class InformationContent {

    /** IC = −log₂ p, in bits. */
    public static double ic(double p) {
        throw new IllegalStateException("Not written yet: ic is task 1 of .docs/instructions.md");
    }

    /** H = −Σ p log₂ p over the distribution, in bits. */
    public static double entropy(double[] p) {
        throw new IllegalStateException("Not written yet: entropy is task 2 of .docs/instructions.md");
    }

    /** The short-term model's distribution over 0..alphabet−1 after the symbols {@code soFar}. */
    public static double[] shortTerm(int[] soFar, int alphabet) {
        throw new IllegalStateException("Not written yet: shortTerm is task 3 of .docs/instructions.md");
    }

    /** The entropy-weighted mixture of two distributions over the same symbols. */
    public static double[] combine(double[] longTerm, double[] shortTerm, double b) {
        throw new IllegalStateException("Not written yet: combine is task 4 of .docs/instructions.md");
    }
}
