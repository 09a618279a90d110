/** Per-note surprise (chapter 9): information content, entropy, a short-term model, and their mixture. */
public final class InformationContent {

    /** IC = −log₂ p, in bits. */
    public static double ic(double p) {
        return -Math.log(p) / Math.log(2);
    }

    /** H = −Σ p log₂ p over the distribution, in bits (a zero p adds nothing: p log p → 0). */
    public static double entropy(double[] p) {
        double h = 0;
        for (double pi : p) {
            if (pi > 0) {
                h -= Math.log(pi) / Math.log(2);
            }
        }
        return h;
    }

    /** (count of x so far + 1) / (n + alphabet): every symbol seen once more than it was. */
    public static double[] shortTerm(int[] soFar, int alphabet) {
        double[] p = new double[alphabet];
        for (int x : soFar) {
            p[x]++;
        }
        for (int x = 0; x < alphabet; x++) {
            p[x] = (p[x] + 1) / (soFar.length + alphabet);
        }
        return p;
    }

    /** w = (H / log₂ K)^−b for each model, p = (w₁p₁ + w₂p₂) / (w₁ + w₂). */
    public static double[] combine(double[] longTerm, double[] shortTerm, double b) {
        double hMax = Math.log(longTerm.length) / Math.log(2);
        double wLong = Math.pow(entropy(longTerm) / hMax, -b);
        double wShort = Math.pow(entropy(shortTerm) / hMax, -b);
        double[] p = new double[longTerm.length];
        for (int x = 0; x < p.length; x++) {
            p[x] = (wLong * longTerm[x] + wShort * shortTerm[x]) / (wLong + wShort);
        }
        return p;
    }
}
