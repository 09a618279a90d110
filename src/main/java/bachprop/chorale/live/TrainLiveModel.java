package bachprop.chorale.live;

import bachprop.chorale.plot.CostCurveModel;
import bachprop.nn.DivergenceException;
import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.ModelFile;
import bachprop.seq.ModelStore;
import bachprop.seq.SequenceModel;
import bachprop.seq.SequenceModels;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code bachprop chorale train} in the window: trains one chapter-9 model kind on a background
 * thread, records every progress report (training and validation bits per note per epoch, for
 * the live plot), can be stopped, and saves the result to the user's model file — never to the
 * file shipped with the program. No JavaFX here; the view listens and redraws.
 */
public final class TrainLiveModel {
    /** Where a run is. */
    public enum State {
        READY,
        RUNNING,
        STOPPING,
        SAVED,
        STOPPED,
        FAILED
    }

    /** Thrown from the progress listener after Stop: training ends at its next progress report. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    public static final String TRAIN = "training";
    public static final String VALID = "validation";

    private final String data;
    private final Path folder;
    private final CostCurveModel curve = new CostCurveModel("Bits per note per epoch, while training");
    private final List<TrainingStatus> reports = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private volatile String kind;
    private volatile String options;
    private volatile State state = State.READY;
    private volatile String message;
    private volatile double fraction;
    private volatile Path saved;
    private Thread worker;
    private int run;
    private int lastEpoch;

    /**
     * @param kind    the model kind to train first ({@code mlp}, {@code ngram}, {@code rnn}, {@code lstm})
     * @param options the kind's options as on the command line, e.g. {@code epochs 3 hidden 8}
     * @param data    {@code jsb}, {@code uci} or a folder
     * @param folder  where the trained file goes; null for the user's model folder ({@link ModelStore#userFile})
     */
    public TrainLiveModel(String kind, String options, String data, Path folder) {
        this.kind = kind;
        this.options = options;
        this.data = data;
        this.folder = folder;
        this.message = "Choose a model and press Train: it trains in the background, and the file is saved as yours.";
    }

    /** {@code "epochs 3, hidden=8"} → {epochs: 3, hidden: 8}; {@code --} before a name is allowed. */
    public static Map<String, String> parseOptions(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        String[] words = text.replace('=', ' ').replace(',', ' ').trim().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return m;
        }
        for (int i = 0; i < words.length; i += 2) {
            String name = words[i].startsWith("--") ? words[i].substring(2) : words[i];
            if (i + 1 >= words.length) {
                throw new IllegalArgumentException("option '" + name + "' needs a value (e.g. epochs 3)");
            }
            m.put(name, words[i + 1]);
        }
        return m;
    }

    /** Starts training on a background thread; false (and nothing changes) while a run is going. */
    public synchronized boolean train(String kind, String options) {
        if (isBusy()) {
            return false;
        }
        Map<String, String> parsed;
        try {
            SequenceModels.kind(kind);
            parsed = parseOptions(options);
        } catch (IllegalArgumentException e) {
            this.kind = kind;
            this.options = options;
            finish(State.FAILED, e.getMessage());
            return false;
        }
        this.kind = kind;
        this.options = options;
        stopRequested.set(false);
        reports.clear();
        curve.clear();
        run = 1;
        lastEpoch = 0;
        fraction = 0;
        saved = null;
        state = State.RUNNING;
        message = "loading " + data + " …";
        fire();
        worker = new Thread(() -> work(kind, parsed), "train-live " + kind);
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    private void work(String kind, Map<String, String> parsed) {
        try {
            Corpus corpus = Corpora.load(data);
            TrainingListener listener = status -> {
                if (stopRequested.get()) {
                    throw new Stopped();
                }
                record(status);
            };
            message = "training " + kind + " on " + corpus.name() + " …";
            fire();
            SequenceModel model =
                    SequenceModels.kind(kind).train(corpus.trainingData(), new TrainingOptions(parsed), listener);
            if (stopRequested.get()) {
                throw new Stopped();
            }
            Path file = folder == null
                    ? ModelStore.userFile(kind, corpus.name())
                    : folder.resolve(kind + "-" + corpus.name() + ".bpm");
            boolean replacing = Files.exists(file);
            ModelFile.save(model, file);
            saved = file;
            fraction = 1;
            finish(
                    State.SAVED,
                    (replacing ? "saved " + file + ", replacing the model that was there" : "saved " + file)
                            + " — evaluate, extend and the extender now use it");
        } catch (Stopped e) {
            finish(State.STOPPED, "stopped after " + reports.size() + " progress reports; nothing was saved");
        } catch (DivergenceException e) {
            finish(State.FAILED, e.getMessage() + "; nothing was saved");
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            finish(State.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** One report → the plot: x is the epoch; a new ensemble member (epochs start again) gets its own lines. */
    private synchronized void record(TrainingStatus s) {
        reports.add(s);
        fraction = s.fraction();
        message = s.toString();
        if (s.epoch() < lastEpoch) {
            run++;
        }
        lastEpoch = s.epoch();
        String suffix = run == 1 ? "" : " (network " + run + ")";
        if (Double.isFinite(s.trainBits())) {
            curve.add(TRAIN + suffix, s.epoch(), s.trainBits());
        }
        if (Double.isFinite(s.validBits())) {
            curve.add(VALID + suffix, s.epoch(), s.validBits());
        }
        fire();
    }

    private void finish(State end, String text) {
        state = end;
        message = text;
        fire();
    }

    /** Asks the run to stop; it ends at the model's next progress report (every epoch at least). */
    public void stop() {
        if (state == State.RUNNING) {
            stopRequested.set(true);
            state = State.STOPPING;
            message = "stopping at the next progress report …";
            fire();
        }
    }

    /** Waits up to {@code millis} for the run to end; true if it has. */
    public boolean await(long millis) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = worker;
        }
        if (t != null) {
            t.join(millis);
        }
        return !isBusy();
    }

    public boolean isBusy() {
        return state == State.RUNNING || state == State.STOPPING;
    }

    /** Called on the training thread (or the caller's) after every change. */
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void fire() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    public CostCurveModel curve() {
        return curve;
    }

    public List<TrainingStatus> reports() {
        return List.copyOf(reports);
    }

    public State state() {
        return state;
    }

    public String message() {
        return message;
    }

    public double fraction() {
        return fraction;
    }

    public String kind() {
        return kind;
    }

    public String options() {
        return options;
    }

    /** The file written by the last finished run, or null. */
    public Path saved() {
        return saved;
    }

    /** The numbers on screen: the run's settings, state and every report (JSON-writable). */
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", kind);
        m.put("options", options);
        m.put("data", data);
        m.put("state", state.name().toLowerCase());
        m.put("message", message);
        m.put("file", saved == null ? null : saved.toString());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrainingStatus s : reports) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("epoch", s.epoch());
            r.put("fraction", s.fraction());
            r.put("trainBits", Double.isFinite(s.trainBits()) ? s.trainBits() : null);
            r.put("validBits", Double.isFinite(s.validBits()) ? s.validBits() : null);
            r.put("message", s.message());
            rows.add(r);
        }
        m.put("reports", rows);
        return m;
    }

    @Override
    public String toString() {
        return "TrainLiveModel[" + kind + " " + options + ", " + state + ": " + message + "]";
    }
}
