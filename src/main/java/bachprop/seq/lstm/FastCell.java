package bachprop.seq.lstm;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * One LSTM cell of {@link FastLstm}, forward and backward, on whole float vectors of hidden units
 * (the element-wise half of the pass; the products are in {@code Gemm}). Row r of the tape holds
 * the gates i, f, g, o side by side (4H numbers), then c, tanh(c) and h (H each).
 */
public final class FastCell {
    public static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    public static final int L = S.length();

    private FastCell() {}

    /** The gates, cell and hidden state of one row, a vector of hidden units at a time. */
    public static void forward(Tape32 s, int r, float[] cPrev, int cp, int h) {
        int z = r * 4 * h;
        int hc = r * h;
        int j = 0;
        for (; j + L <= h; j += L) {
            FloatVector i = sigmoid(FloatVector.fromArray(S, s.gates, z + j)); // i = σ(z_i)
            FloatVector f = sigmoid(FloatVector.fromArray(S, s.gates, z + h + j)); // f = σ(z_f)
            FloatVector g = tanh(FloatVector.fromArray(S, s.gates, z + 2 * h + j)); // g = tanh(z_g)
            FloatVector o = sigmoid(FloatVector.fromArray(S, s.gates, z + 3 * h + j)); // o = σ(z_o)
            FloatVector c = f.mul(FloatVector.fromArray(S, cPrev, cp + j)).add(i.mul(g)); // c_t = f ⊙ c_{t−1} + i ⊙ g
            FloatVector tc = tanh(c);
            i.intoArray(s.gates, z + j);
            f.intoArray(s.gates, z + h + j);
            g.intoArray(s.gates, z + 2 * h + j);
            o.intoArray(s.gates, z + 3 * h + j);
            c.intoArray(s.c, hc + j);
            tc.intoArray(s.tanhC, hc + j);
            o.mul(tc).intoArray(s.h, hc + j); // h_t = o ⊙ tanh(c_t)
        }
        for (; j < h; j++) {
            float i = (float) Lstm.sigmoid(s.gates[z + j]);
            float f = (float) Lstm.sigmoid(s.gates[z + h + j]);
            float g = (float) Lstm.tanh(s.gates[z + 2 * h + j]);
            float o = (float) Lstm.sigmoid(s.gates[z + 3 * h + j]);
            float c = f * cPrev[cp + j] + i * g;
            float tc = (float) Lstm.tanh(c);
            s.gates[z + j] = i;
            s.gates[z + h + j] = f;
            s.gates[z + 2 * h + j] = g;
            s.gates[z + 3 * h + j] = o;
            s.c[hc + j] = c;
            s.tanhC[hc + j] = tc;
            s.h[hc + j] = o * tc;
        }
    }

    /** ∂C/∂z of one row from ∂C/∂h and the ∂C/∂c carried back, a vector of hidden units at a time. */
    public static void backward(Tape32 s, int r, int b, float[] cPrev, int cp, int h) {
        int a = r * 4 * h;
        int hc = r * h;
        int d = b * h;
        FloatVector one = FloatVector.broadcast(S, 1f);
        int j = 0;
        for (; j + L <= h; j += L) {
            FloatVector i = FloatVector.fromArray(S, s.gates, a + j);
            FloatVector f = FloatVector.fromArray(S, s.gates, a + h + j);
            FloatVector g = FloatVector.fromArray(S, s.gates, a + 2 * h + j);
            FloatVector o = FloatVector.fromArray(S, s.gates, a + 3 * h + j);
            FloatVector tc = FloatVector.fromArray(S, s.tanhC, hc + j);
            FloatVector dh = FloatVector.fromArray(S, s.dh, d + j);
            FloatVector dO = dh.mul(tc); // ∂C/∂o = ∂C/∂h ⊙ tanh(c)
            FloatVector dc = dh.mul(o).mul(one.sub(tc.mul(tc))).add(FloatVector.fromArray(S, s.dcNext, d + j)); // ∂C/∂c
            FloatVector dI = dc.mul(g); // ∂C/∂i = ∂C/∂c ⊙ g
            FloatVector dG = dc.mul(i); // ∂C/∂g = ∂C/∂c ⊙ i
            FloatVector dF = dc.mul(FloatVector.fromArray(S, cPrev, cp + j)); // ∂C/∂f = ∂C/∂c ⊙ c_{t−1}
            dc.mul(f).intoArray(s.dcNext, d + j); // carried to step t−1
            dI.mul(i).mul(one.sub(i)).intoArray(s.dz, a + j); // σ′ = σ(1 − σ)
            dF.mul(f).mul(one.sub(f)).intoArray(s.dz, a + h + j);
            dG.mul(one.sub(g.mul(g))).intoArray(s.dz, a + 2 * h + j); // tanh′ = 1 − tanh²
            dO.mul(o).mul(one.sub(o)).intoArray(s.dz, a + 3 * h + j);
        }
        for (; j < h; j++) {
            float i = s.gates[a + j];
            float f = s.gates[a + h + j];
            float g = s.gates[a + 2 * h + j];
            float o = s.gates[a + 3 * h + j];
            float tc = s.tanhC[hc + j];
            float dh = s.dh[d + j];
            float dO = dh * tc;
            float dc = dh * o * (1 - tc * tc) + s.dcNext[d + j];
            float dI = dc * g;
            float dG = dc * i;
            float dF = dc * cPrev[cp + j];
            s.dcNext[d + j] = dc * f;
            s.dz[a + j] = dI * i * (1 - i);
            s.dz[a + h + j] = dF * f * (1 - f);
            s.dz[a + 2 * h + j] = dG * (1 - g * g);
            s.dz[a + 3 * h + j] = dO * o * (1 - o);
        }
    }

    /** σ(z) = 1 / (1 + e⁻ᶻ) for a vector of z (the exponential is one vector instruction sequence). */
    public static FloatVector sigmoid(FloatVector z) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        return one.div(z.neg().lanewise(VectorOperators.EXP).add(one));
    }

    /** tanh z = 2σ(2z) − 1, as in {@link Lstm#tanh}. */
    public static FloatVector tanh(FloatVector z) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector two = FloatVector.broadcast(S, 2f);
        return two.div(z.mul(-2f).lanewise(VectorOperators.EXP).add(one)).sub(one);
    }
}
