package bachprop.seq.lstm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Data parallelism over the batch: each worker thread runs forward and backward on its own
 * slice of the sequences with its own tape and gradient, then the gradients are summed. No
 * thread waits for another inside a pass, so two cores give close to twice the speed. The passes
 * run on the single-precision path {@link FastLstm}; the summed gradient is double, like θ.
 */
public final class Workers implements AutoCloseable {
    private final FastLstm fast;
    private final int count;
    private final ExecutorService pool;
    private final FastLstm.Tape32[] tapes;
    private final Random[] rngs;

    public Workers(Lstm net, int threads, long seed) {
        this.fast = new FastLstm(net);
        this.count = Math.max(1, threads);
        this.pool = count > 1 ? Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "lstm-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        this.tapes = new FastLstm.Tape32[count];
        this.rngs = new Random[count];
        for (int w = 0; w < count; w++) {
            tapes[w] = new FastLstm.Tape32();
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
        fast.load();                                       // θ may have changed since the last batch
        Lstm.Loss total = new Lstm.Loss(0, 0, 0);
        for (int first = 0; first < slices.size(); first += count) {
            int n = Math.min(count, slices.size() - first);
            List<Future<Lstm.Loss>> futures = new ArrayList<>();
            Lstm.Loss[] direct = new Lstm.Loss[n];
            for (int w = 0; w < n; w++) {
                SeqBatch slice = slices.get(first + w);
                int worker = w;
                java.util.concurrent.Callable<Lstm.Loss> job = () -> pass(worker, slice, keep, nabla != null, scale);
                if (pool == null || n == 1) {
                    try {
                        direct[w] = job.call();
                    } catch (Exception e) {
                        throw rethrow(e);
                    }
                } else {
                    futures.add(pool.submit(job));
                }
            }
            for (int w = 0; w < n; w++) {
                Lstm.Loss l;
                if (direct[w] != null) {
                    l = direct[w];
                } else {
                    try {
                        l = futures.get(w).get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw rethrow(e.getCause());
                    }
                }
                total = total.plus(l);
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
        FastLstm.Tape32 tape = tapes[w];
        tape.ensure(fast, slice.steps(), slice.size());
        Arrays.fill(tape.h0, 0f);
        Arrays.fill(tape.c0, 0f);
        Lstm.Loss loss = fast.forward(tape, slice, keep, rngs[w]);
        if (backward) {
            fast.backward(tape, slice, scale);
        }
        return loss;
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            return r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "Workers[" + count + " threads]";
    }
}
