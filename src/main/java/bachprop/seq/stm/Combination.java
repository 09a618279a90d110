package bachprop.seq.stm;

/**
 * How two distributions over the same alphabet become one, each weighted by its certainty
 * (Conklin & Witten 1995; Pearce 2005, the rule of IDyOM's {@code prediction-sets}): the weight of
 * model m is its relative entropy raised to −b,
 *
 * <pre>w_m = (H(p_m) / H_max)^(−b),   H_max = log₂ |alphabet|</pre>
 *
 * so the more certain model counts more, the more so the larger the bias b. {@link Rule#ARITHMETIC}
 * takes Σ w_m p_m / Σ w_m; {@link Rule#GEOMETRIC} takes Π p_m^(w_m / Σ w) renormalised (IDyOM's
 * default, with b = 7 between LTM and STM). {@link Rule#FIXED} is the alternative it was measured
 * against, (1 − λ) p_LTM + λ p_STM with λ = {@code bias} whatever their certainty, and the product's
 * default: it did better on both validation splits (docs/sequence-models.md).
 */
public record Combination(Rule rule, double bias) {
    public enum Rule {
        ARITHMETIC,
        GEOMETRIC,
        FIXED
    }

    public Combination {
        if (!(bias >= 0) || !Double.isFinite(bias) || rule == Rule.FIXED && bias > 1) {
            throw new IllegalArgumentException(
                    rule == Rule.FIXED
                            ? "a fixed mixture weight is in 0..1, not " + bias
                            : "the bias is ≥ 0, not " + bias);
        }
    }

    /** Combines the long-term model's p_LTM and the short-term model's p_STM. */
    public double[] combine(double[] ltm, double[] stm) {
        if (ltm.length != stm.length) {
            throw new IllegalArgumentException(ltm.length + " and " + stm.length + " probabilities");
        }
        if (rule == Rule.FIXED) {
            return mixture(ltm, stm, 1 - bias, bias);
        }
        double wl = weight(ltm);
        double ws = weight(stm);
        if (wl + ws == 0) {
            wl = ws = 1; // both uniform: either one
        }
        return rule == Rule.ARITHMETIC ? mixture(ltm, stm, wl, ws) : geometric(ltm, stm, wl, ws);
    }

    /**
     * w = (H / H_max)^(−b). Departure from IDyOM (which gives a uniform distribution the weight 1):
     * a uniform distribution — a short-term model that has read nothing yet — gets 0, since it
     * knows nothing and would only flatten the other.
     */
    public double weight(double[] p) {
        double relative = entropyBits(p) / log2(p.length);
        if (relative >= 1 - 1e-12) {
            return 0;
        }
        return Math.pow(Math.max(relative, 1e-12), -bias);
    }

    /** Arithmetic: (w_l p_l + w_s p_s) / (w_l + w_s). */
    static double[] mixture(double[] ltm, double[] stm, double wl, double ws) {
        double[] p = new double[ltm.length];
        double sum = wl + ws;
        for (int x = 0; x < p.length; x++) {
            p[x] = (wl * ltm[x] + ws * stm[x]) / sum;
        }
        return normalised(p);
    }

    /** Geometric: p_l^(w_l / Σw) · p_s^(w_s / Σw), renormalised. */
    static double[] geometric(double[] ltm, double[] stm, double wl, double ws) {
        double[] p = new double[ltm.length];
        double sum = wl + ws;
        for (int x = 0; x < p.length; x++) {
            p[x] = Math.pow(ltm[x], wl / sum) * Math.pow(stm[x], ws / sum);
        }
        return normalised(p);
    }

    static double[] normalised(double[] p) {
        double total = 0;
        for (double v : p) {
            total += v;
        }
        for (int x = 0; x < p.length; x++) {
            p[x] /= total;
        }
        return p;
    }

    /** H(p) = −Σ p log₂ p. */
    public static double entropyBits(double[] p) {
        double h = 0;
        for (double v : p) {
            if (v > 0) {
                h -= v * log2(v);
            }
        }
        return h;
    }

    static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    @Override
    public String toString() {
        return switch (rule) {
            case FIXED -> "fixed mixture λ = " + bias;
            case ARITHMETIC -> "entropy-weighted arithmetic, bias " + bias;
            case GEOMETRIC -> "entropy-weighted geometric, bias " + bias;
        };
    }
}
