package bachprop.seq.lstm;

import bachprop.nn.fast.Pool;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Data parallelism over the batch: each worker thread runs forward and backward on its own
 * slice of the sequences with its own tape and gradient, then the gradients are summed. No
 * thread waits for another inside a pass, so two cores give close to twice the speed. The slices
 * share out over the fast paths' one worker {@link Pool}; slice w always uses tape w and random
 * stream w, and the gradients are summed in slice order, whichever thread ran it. The passes
 * run on the single-precision path {@link FastLstm}; the summed gradient is double, like θ.
 */
public final class Workers implements AutoCloseable {
    private final FastLstm fast;
    private final int count;
    private final Pool pool;
    private final Tape32[] tapes;
    private final Random[] rngs;

    public Workers(Lstm net, int threads, long seed) {
        this.fast = new FastLstm(net);
        this.count = Math.max(1, threads);
        this.pool = count == Pool.shared().threads() ? Pool.shared() : new Pool(count);
        this.tapes = new Tape32[count];
        this.rngs = new Random[count];
        for (int w = 0; w < count; w++) {
            tapes[w] = new Tape32();
            rngs[w] = new Random(seed + 7919L * w);
        }
    }

    /** How many slices a batch should be cut into (one per worker). */
    public int count() {
        return count;
    }

    /**
     * Loss and mean gradient over all slices: {@code nabla} receives (1/targets)·Σ ∂C/∂θ. With
     * {@code nabla == null} only the forward pass runs (evaluation).
     */
    public Lstm.Loss run(List<SeqBatch> slices, double keep, double[][] nabla) throws InterruptedException {
        int targets = 0;
        for (SeqBatch s : slices) {
            targets += s.targets();
        }
        double scale = targets == 0 ? 0 : 1.0 / targets;
        fast.load(); // θ may have changed since the last batch
        Lstm.Loss total = new Lstm.Loss(0, 0, 0);
        Lstm.Loss[] losses = new Lstm.Loss[count];
        for (int first = 0; first < slices.size(); first += count) {
            int n = Math.min(count, slices.size() - first);
            int from = first;
            pool.each(n, (w0, w1) -> {
                for (int w = w0; w < w1; w++) {
                    losses[w] = pass(w, slices.get(from + w), keep, nabla != null, scale);
                }
            });
            for (int w = 0; w < n; w++) {
                total = total.plus(losses[w]);
            }
            if (nabla != null) {
                for (int w = 0; w < n; w++) {
                    fast.addGradient(tapes[w], nabla);
                }
            }
        }
        return total;
    }

    private Lstm.Loss pass(int w, SeqBatch slice, double keep, boolean backward, double scale) {
        Tape32 tape = tapes[w];
        tape.ensure(fast, slice.steps(), slice.size());
        Arrays.fill(tape.h0, 0f);
        Arrays.fill(tape.c0, 0f);
        Lstm.Loss loss = fast.forward(tape, slice, keep, rngs[w]);
        if (backward) {
            fast.backward(tape, slice, scale);
        }
        return loss;
    }

    @Override
    public void close() {
        if (pool != Pool.shared()) {
            pool.close();
        }
    }

    @Override
    public String toString() {
        return "Workers[" + count + " slices on " + pool + "]";
    }
}
