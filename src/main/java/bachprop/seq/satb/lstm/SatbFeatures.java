package bachprop.seq.satb.lstm;

import bachprop.seq.satb.Tokens;
import java.util.Arrays;

/**
 * What the four-voice LSTM reads, as lists of active one-hot positions (every active input is 1).
 * Shared by the batched training pass ({@link SatbFast}) and the step-by-step predictor
 * ({@link SatbPredictor}), so both read exactly the same inputs.
 *
 * <p>The LSTM's input x_t (what h_t is computed from: only steps before t): the previous step's
 * four tokens (4 × 47), a start flag (t = 0), the position t mod 16, and for each voice how many
 * steps its token at t − 1 has lasted (1..16, longer counts as 16).
 *
 * <p>The head of voice v at step t reads h_t and c_{t,v}: the tokens of the voices above at step t
 * (3 × 47 slots, voice w in slot w), its own previous token, whether each voice above moved at this
 * step (onsets are mostly synchronous), t mod 16, how long its own previous token has lasted, and
 * the interval from its own previous token to the token of the voice just above at step t
 * (−24..+24). Its logits also get relative terms ({@link #refs}).
 */
public final class SatbFeatures {
    static final int N = Tokens.COUNT;
    /** How far back a held token's length is counted. */
    static final int RUN = 16;
    /** LSTM input layout. */
    static final int X_PREV = 0;

    static final int X_START = 4 * N;
    static final int X_POS = X_START + 1;
    static final int X_RUN = X_POS + 16;
    /** Width of x_t. */
    public static final int INPUTS = X_RUN + 4 * RUN;
    /** At most this many active inputs per step. */
    static final int X_ACTIVE = 9;
    /** Head conditioning layout. */
    static final int C_ABOVE = 0;

    static final int C_OWN = 3 * N;
    static final int C_MOVED = C_OWN + N;
    static final int C_POS = C_MOVED + 3 * 2;
    static final int C_RUN = C_POS + 16;
    static final int C_INTERVAL = C_RUN + RUN;
    static final int INTERVALS = 24;
    /** Width of c_{t,v}. */
    public static final int CONDITIONS = C_INTERVAL + 2 * INTERVALS + 1;
    /** At most this many active conditioning inputs per (t, v). */
    static final int C_ACTIVE = 11;
    /** Relative logits: one per difference q − ref, −45..+45. */
    static final int SPAN = 2 * (N - 2) + 1;

    private SatbFeatures() {}

    /** The active positions of x_t into {@code out} (unused slots −1). */
    static void inputs(int[][] tokens, int t, int[] out, int off) {
        Arrays.fill(out, off, off + X_ACTIVE, -1);
        int k = off;
        out[k++] = X_POS + t % 16;
        if (t == 0) {
            out[k] = X_START;
            return;
        }
        for (int v = 0; v < Tokens.VOICES; v++) {
            out[k++] = X_PREV + v * N + tokens[t - 1][v];
            out[k++] = X_RUN + v * RUN + (run(tokens, t - 1, v) - 1);
        }
    }

    /** How many steps voice v's token at step s has lasted, counting s (1..RUN). */
    static int run(int[][] tokens, int s, int v) {
        int n = 1;
        while (n < RUN && s - n >= 0 && tokens[s - n][v] == tokens[s][v]) {
            n++;
        }
        return n;
    }

    /** The active positions of c_{t,v} into {@code out} (unused slots −1). */
    static void conditions(int[][] tokens, int t, int v, int[] out, int off) {
        Arrays.fill(out, off, off + C_ACTIVE, -1);
        int k = off;
        out[k++] = C_POS + t % 16;
        for (int w = 0; w < v; w++) {
            out[k++] = C_ABOVE + w * N + tokens[t][w];
            if (t > 0) {
                out[k++] = C_MOVED + 2 * w + (tokens[t][w] != tokens[t - 1][w] ? 1 : 0);
            }
        }
        if (t > 0) {
            int own = tokens[t - 1][v];
            out[k++] = C_OWN + own;
            out[k++] = C_RUN + run(tokens, t - 1, v) - 1;
            if (v > 0 && own != Tokens.REST && tokens[t][v - 1] != Tokens.REST) {
                int d = Math.max(-INTERVALS, Math.min(INTERVALS, tokens[t][v - 1] - own));
                out[k] = C_INTERVAL + INTERVALS + d;
            }
        }
    }

    /**
     * The reference tokens of voice v's relative logits: ref 0 its own previous token, ref 1 + w
     * the token of voice w above it at step t (0 = none, a rest or before the first step). Token q
     * ≥ 1 gets the logit o[N + SPAN·r + (q − ref_r + N − 2)] added for every sounding ref_r.
     */
    static void refs(int[][] tokens, int t, int v, int[] out, int off) {
        out[off] = t == 0 ? Tokens.REST : tokens[t - 1][v];
        for (int w = 0; w < v; w++) {
            out[off + 1 + w] = tokens[t][w];
        }
    }

    /** How many outputs voice v's head has: 47 absolute logits and 1 + v blocks of relative ones. */
    static int outputs(int v) {
        return N + SPAN * (1 + v);
    }
}
