package bachprop.nn;

/**
 * ∇C split as the text splits it: {@code nablaW(l)} holds ∂C/∂wˡₖ,ⱼ and {@code nablaB(l)}
 * holds ∂C/∂bˡⱼ, for l = 2..L (index 0 and 1 are unused, as in {@link Network}).
 */
public record Gradient(Mat[] nablaW, Vec[] nablaB) {

    public Mat nablaW(int l) {
        return nablaW[l];
    }

    public Vec nablaB(int l) {
        return nablaB[l];
    }

    public static Gradient zerosLike(Network net) {
        int L = net.L();
        Mat[] w = new Mat[L + 1];
        Vec[] b = new Vec[L + 1];
        for (int l = 2; l <= L; l++) {
            w[l] = Mat.zeros(net.size(l), net.size(l - 1));
            b[l] = Vec.zeros(net.size(l));
        }
        return new Gradient(w, b);
    }

    public Gradient plus(Gradient o) {
        Mat[] w = new Mat[nablaW.length];
        Vec[] b = new Vec[nablaB.length];
        for (int l = 2; l < w.length; l++) {
            w[l] = nablaW[l].plus(o.nablaW[l]);
            b[l] = nablaB[l].plus(o.nablaB[l]);
        }
        return new Gradient(w, b);
    }

    public Gradient times(double s) {
        Mat[] w = new Mat[nablaW.length];
        Vec[] b = new Vec[nablaB.length];
        for (int l = 2; l < w.length; l++) {
            w[l] = nablaW[l].times(s);
            b[l] = nablaB[l].times(s);
        }
        return new Gradient(w, b);
    }

    /** The largest |difference| between two gradients, relative to the larger magnitude. */
    public double maxRelativeDifference(Gradient o) {
        double worst = 0;
        for (int l = 2; l < nablaW.length; l++) {
            for (int k = 0; k < nablaW[l].rows(); k++) {
                worst = Math.max(worst, rel(nablaB[l].get(k), o.nablaB[l].get(k)));
                for (int j = 0; j < nablaW[l].cols(); j++) {
                    worst = Math.max(worst, rel(nablaW[l].get(k, j), o.nablaW[l].get(k, j)));
                }
            }
        }
        return worst;
    }

    /**
     * |a − b| / max(|a|, |b|, 1e-4). Central differences are accurate only to about 1e-10 in
     * absolute terms, so for gradients below 1e-4 the difference is measured against 1e-4.
     */
    static double rel(double a, double b) {
        double scale = Math.max(Math.max(Math.abs(a), Math.abs(b)), 1e-4);
        return Math.abs(a - b) / scale;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int l = 2; l < nablaW.length; l++) {
            sb.append("∂C/∂W")
                    .append(Sym.sup(l))
                    .append(" = ")
                    .append(nablaW[l])
                    .append('\n');
            sb.append("∂C/∂b")
                    .append(Sym.sup(l))
                    .append(" = ")
                    .append(nablaB[l])
                    .append('\n');
        }
        return sb.toString().strip();
    }
}
