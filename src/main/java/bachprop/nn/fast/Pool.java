package bachprop.nn.fast;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one worker pool of the fast paths: {@code threads − 1} helper threads and the calling
 * thread share the pieces of one job. {@link Kernels} cuts a matrix product into pieces of rows or
 * columns ({@link #parallel}); the LSTM's {@code Workers} give each thread a whole slice of the
 * batch ({@link #each}). Who runs a piece never changes what it computes, so results are the same
 * for 1 or 2 threads.
 */
public final class Pool implements AutoCloseable {
    private static volatile Pool shared;
    /** The caller's nap while the pieces of a product run (the products of a mini-batch take microseconds). */
    private static final long SHORT_NAP = 20_000;

    private final int threads;
    private final Helper[] helpers; // threads − 1 helper threads; the calling thread does one share
    private final ReentrantLock team = new ReentrantLock();

    /** A task over the half-open range [from, to). */
    public interface Range {
        void run(int from, int to);
    }

    /** A pool of {@code threads} threads, the caller's included (1 = no helper threads). */
    public Pool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        this.helpers = new Helper[threads - 1];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Helper(i + 1);
            helpers[i].start();
        }
    }

    /** One pool for the whole program, with up to 2 threads (the cores of a small machine). */
    public static Pool shared() {
        Pool p = shared;
        if (p == null) {
            synchronized (Pool.class) {
                if (shared == null) {
                    shared = new Pool(
                            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
                }
                p = shared;
            }
        }
        return p;
    }

    public int threads() {
        return threads;
    }

    /** Stops the helper threads (the shared pool is never stopped). */
    @Override
    public void close() {
        if (this != shared) {
            for (Helper h : helpers) {
                h.quit();
            }
        }
    }

    @Override
    public String toString() {
        return "Pool(" + threads + (threads == 1 ? " thread)" : " threads)");
    }

    /**
     * Runs {@code task} over [0, n), cut into pieces (edges multiples of {@code align}) that the
     * calling thread and the helpers take one at a time. If a helper is slow to start (other
     * programs share the cores), the caller simply takes more pieces instead of waiting for it.
     * A second caller arriving while the helpers are busy runs its task alone on its own thread.
     */
    public void parallel(int n, int align, Range task) {
        int piece = Math.max(align, (n / (threads * 4) + align - 1) / align * align);
        if (n < 2 * Math.max(piece, 16)) {
            task.run(0, n);
            return;
        }
        run(n, piece, SHORT_NAP, task);
    }

    /** Runs task(i) for i in [0, count), one index per piece (each piece a large job of its own). */
    public void each(int count, Range task) {
        run(count, 1, 1_000_000, task);
    }

    /** {@code nap}: how long the waiting caller sleeps between looks (after a long nap's job, the last piece wakes it). */
    private void run(int n, int piece, long nap, Range task) {
        if (threads == 1 || n <= piece || team.isHeldByCurrentThread() || !team.tryLock()) {
            task.run(0, n);
            return;
        }
        try {
            Job job = new Job(task, n, piece, nap);
            for (Helper h : helpers) {
                h.post(job);
            }
            job.work();
            job.await();
        } finally {
            team.unlock();
        }
    }

    /** One job cut into pieces; whoever is free takes the next piece. */
    private static final class Job {
        private final Range task;
        private final int n;
        private final int piece;
        private final int pieces;
        private final long nap;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final Thread caller = Thread.currentThread();
        private volatile Throwable failure;

        Job(Range task, int n, int piece, long nap) {
            this.task = task;
            this.nap = nap;
            this.n = n;
            this.piece = piece;
            this.pieces = (n + piece - 1) / piece;
        }

        void work() {
            for (int i; (i = next.getAndIncrement()) < pieces; ) {
                try {
                    task.run(i * piece, Math.min(n, (i + 1) * piece));
                } catch (Throwable t) {
                    failure = t;
                }
                if (done.incrementAndGet() == pieces && nap > SHORT_NAP) {
                    LockSupport.unpark(caller); // the last piece wakes a caller on a long nap
                }
            }
        }

        /**
         * Waits until every piece is done: spinning briefly, then sleeping in naps (short between
         * the products of a mini-batch, long for a whole LSTM slice) that the last piece cuts short.
         */
        void await() {
            long spinUntil = System.nanoTime() + 200_000;
            while (done.get() < pieces) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(nap); // woken early by the last piece (or spuriously)
                }
            }
            Throwable t = failure;
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException("a worker thread failed", t);
            }
        }
    }

    /**
     * A helper thread. Between jobs it spins for a short while (the gaps between the products
     * of one mini-batch are microseconds), then sleeps until the next job is posted.
     */
    private static final class Helper extends Thread {
        private volatile Job job;
        private volatile boolean quit;

        Helper(int index) {
            super("bachprop-worker-" + index);
            setDaemon(true);
        }

        void post(Job j) {
            job = j;
            LockSupport.unpark(this);
        }

        void quit() {
            quit = true;
            LockSupport.unpark(this);
        }

        @Override
        public void run() {
            Job last = null;
            while (!quit) {
                long spinUntil = System.nanoTime() + 200_000;
                while (job == last && !quit) {
                    if (System.nanoTime() < spinUntil) {
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(this);
                    }
                }
                last = job;
                if (last != null && !quit) {
                    last.work();
                }
            }
        }
    }
}
