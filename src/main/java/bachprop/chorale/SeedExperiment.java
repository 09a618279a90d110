package bachprop.chorale;

import bachprop.chorale.Windows.Window;
import bachprop.chorale.mlp.Mlp;
import bachprop.chorale.mlp.Trainer;
import bachprop.music.Melody;
import bachprop.music.Note;
import bachprop.music.data.Dataset;
import bachprop.nn.DivergenceException;
import bachprop.nn.Init;
import bachprop.util.BadInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The text's chorale experiment (section 6) re-run: soprano lines, the NoteEmbedding, 32 notes in
 * and the next 32 out, a sigmoid MLP with quadratic cost trained by mini-batch SGD, then every
 * measurement of section 6.3 before and after training. The network is trained twice, once with
 * each initialisation ({@link Init#STANDARD} N(0,1) as network.py, {@link Init#SCALED} N(0,1/n_in)),
 * because the re-run in docs/oracles.md found the initialisation explains most of the gap to the text's numbers.
 */
public final class SeedExperiment {

    /**
     * @param hidden    hidden layer sizes (the text: from {50} to {500, 500, 500})
     * @param eta       learning rate η (the text: 0.25 to 20)
     * @param epochs    passes over the training windows
     * @param miniBatch examples per update
     * @param seed      seeds the initial weights, the shuffling and every sample
     * @param init      the initialisation of the main run
     * @param compare   also train with the other initialisation
     * @param windowing {@code within} (32+32 windows inside one melody, stride 1) or {@code blocks}
     *                  (the "561" guess: all melodies joined and cut into 32-note blocks)
     */
    public record Config(
            int[] hidden,
            double eta,
            int epochs,
            int miniBatch,
            long seed,
            Init init,
            boolean compare,
            String windowing) {
        public static Config defaults() {
            return new Config(new int[] {100}, 3.0, 30, 10, 1, Init.STANDARD, true, "within");
        }

        /** Hidden-layer sizes written as {@code 500,500,500}; each at least 1. */
        public static int[] parseHidden(String s) {
            String[] parts = s.split(",");
            int[] h = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    h[i] = Integer.parseInt(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new BadInputException("--hidden takes sizes like 500,500,500, not '" + s + "'");
                }
                if (h[i] < 1) {
                    throw new BadInputException("--hidden sizes must be positive, not '" + s + "'");
                }
            }
            return h;
        }

        public int[] sizes() {
            int[] s = new int[hidden.length + 2];
            s[0] = Windows.IN * NoteEmbedding.WIDTH;
            System.arraycopy(hidden, 0, s, 1, hidden.length);
            s[s.length - 1] = Windows.OUT * NoteEmbedding.WIDTH;
            return s;
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sizes", sizes());
            m.put("hidden", hidden);
            m.put("eta", eta);
            m.put("epochs", epochs);
            m.put("miniBatch", miniBatch);
            m.put("seed", seed);
            m.put("init", init.name().toLowerCase());
            m.put("compareInits", compare);
            m.put("windowing", windowing);
            return m;
        }
    }

    /** What one training run (one initialisation) produced. */
    public static final class Run {
        public final Init init;
        public final Trainer trainer;
        public Map<String, Object> before;
        public Map<String, Object> after;
        public double[][] barsBefore;
        public double[][] barsAfter;
        public List<Note> sampleBefore;
        public List<Note> sampleAfter;
        public List<Note> mostLikelyAfter;
        public DivergenceException divergence;
        public long millis;

        Run(Init init, Trainer trainer) {
            this.init = init;
            this.trainer = trainer;
        }

        /** The run's name in legends and titles, e.g. "standard init". */
        public String label() {
            return init.name().toLowerCase() + " init";
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("init", init.name().toLowerCase());
            m.put(
                    "diverged",
                    divergence == null
                            ? null
                            : Map.of("epoch", divergence.epoch(), "message", divergence.getMessage()));
            m.put("seconds", millis / 1000.0);
            m.put("before", before);
            m.put("after", after);
            List<Object> epochs = new ArrayList<>();
            for (Trainer.EpochReport r : trainer.epochs()) {
                epochs.add(Map.of("epoch", r.epoch(), "trainCost", r.trainCost(), "validCost", r.validCost()));
            }
            m.put("epochs", epochs);
            List<Object> curve = new ArrayList<>();
            for (Trainer.CostPoint p : trainer.curve()) {
                curve.add(List.of(p.examplesSeen(), p.cost()));
            }
            m.put("costCurve", curve);
            m.put("barsBefore", barsBefore);
            m.put("barsAfter", barsAfter);
            m.put("sampleBefore", pitches(sampleBefore));
            m.put("sampleAfter", pitches(sampleAfter));
            m.put("mostLikelyAfter", pitches(mostLikelyAfter));
            return m;
        }
    }

    /** Progress for the terminal and the live plot. */
    public interface Listener extends Trainer.Listener {
        default void message(String line) {}

        default void runStarted(Run run, int epochs) {}
    }

    /** How many output notes of the example window Figure 10 shows. */
    public static final int BARS = 4;

    private final Config config;
    private final Dataset data;
    public final List<Window> train;
    public final List<Window> valid;
    public final List<Window> test;
    public final Window example;
    public final List<Run> runs = new ArrayList<>();

    public SeedExperiment(Config config, Dataset data) {
        this.config = config;
        this.data = data;
        if (config.windowing().equals("blocks")) {
            train = Windows.concatenatedBlocks(data.train(), Windows.IN);
            valid = Windows.concatenatedBlocks(data.valid(), Windows.IN);
            test = Windows.concatenatedBlocks(data.test(), Windows.IN);
        } else if (config.windowing().equals("within")) {
            train = Windows.within(data.train());
            valid = Windows.within(data.valid());
            test = Windows.within(data.test());
        } else {
            throw new IllegalArgumentException("windowing is 'within' or 'blocks', not '" + config.windowing() + "'");
        }
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException(
                    "the data gives no " + (train.isEmpty() ? "training" : "test") + " windows of 64 notes");
        }
        example = test.get(0);
    }

    public Config config() {
        return config;
    }

    public Dataset data() {
        return data;
    }

    /** Trains and measures; a run that diverges is reported in its {@link Run#divergence}. */
    public void run(Listener listener) {
        Listener l = listener == null ? new Listener() {} : listener;
        List<Init> inits = new ArrayList<>(List.of(config.init()));
        if (config.compare()) {
            inits.add(config.init() == Init.STANDARD ? Init.SCALED : Init.STANDARD);
        }
        double[][] xs = xs(train);
        double[][] ys = ys(train);
        double[][] vx = xs(valid);
        double[][] vy = ys(valid);
        for (Init init : inits) {
            long t0 = System.nanoTime();
            Mlp net = Mlp.create(config.seed(), init, config.sizes());
            Run run = new Run(init, new Trainer(net, config.eta(), config.miniBatch()));
            runs.add(run);
            l.message("training " + Arrays.toString(config.sizes()) + " with "
                    + init.name().toLowerCase() + " initialisation, η = " + config.eta() + ", " + train.size()
                    + " windows, " + config.epochs() + " epochs");
            measureBefore(run, net);
            l.runStarted(run, config.epochs());
            try {
                run.trainer.train(xs, ys, vx, vy, config.epochs(), new Random(config.seed() + 7), l);
                measureAfter(run, net);
            } catch (DivergenceException e) {
                run.divergence = e;
                l.message("stopped: " + e.getMessage());
            }
            run.millis = (System.nanoTime() - t0) / 1_000_000;
        }
    }

    private void measureBefore(Run run, Mlp net) {
        run.before = Measurements.measure(net, test, config.seed() + 1);
        run.barsBefore = bars(net);
        run.sampleBefore = Measurements.extend(net, example.input(), Windows.OUT, new Random(config.seed() + 2));
    }

    private void measureAfter(Run run, Mlp net) {
        run.after = Measurements.measure(net, test, config.seed() + 1);
        run.barsAfter = bars(net);
        run.sampleAfter = Measurements.extend(net, example.input(), Windows.OUT, new Random(config.seed() + 2));
        run.mostLikelyAfter = Measurements.extend(net, example.input(), Windows.OUT, null);
    }

    /** Figure 10's marks: Bach's pitch for each of the first {@value #BARS} output notes of the example window. */
    public int[] barTargets() {
        int[] targets = new int[BARS];
        for (int i = 0; i < BARS; i++) {
            targets[i] = example.target().get(i).pitch();
        }
        return targets;
    }

    /** Figure 10: the pitch probabilities of the first {@value #BARS} output notes of the example window. */
    private double[][] bars(Mlp net) {
        double[] a = net.feedforward(example.x());
        double[][] bars = new double[BARS][];
        for (int i = 0; i < BARS; i++) {
            bars[i] = NoteEmbedding.pitchProbabilities(a, i);
        }
        return bars;
    }

    static double[][] xs(List<Window> w) {
        return w.stream().map(Window::x).toArray(double[][]::new);
    }

    static double[][] ys(List<Window> w) {
        return w.stream().map(Window::y).toArray(double[][]::new);
    }

    static List<Integer> pitches(List<Note> notes) {
        return notes == null ? null : notes.stream().map(Note::pitch).toList();
    }

    /** How the windows compare with the text's "561 examples". */
    public Map<String, Object> windowCounts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("train", Windows.within(data.train()).size());
        m.put("valid", Windows.within(data.valid()).size());
        m.put("test", Windows.within(data.test()).size());
        List<Melody> all = data.all();
        int notes = all.stream().mapToInt(x -> x.withoutRests().size()).sum();
        m.put("allMelodies", all.size());
        m.put("allNotesWithoutRests", notes);
        m.put("concatenatedBlocksOf32", Windows.blockCount(all, Windows.IN));
        m.put("text", 561);
        m.put(
                "used",
                Map.of(
                        "windowing",
                        config.windowing(),
                        "train",
                        train.size(),
                        "valid",
                        valid.size(),
                        "test",
                        test.size()));
        return m;
    }

    /** Every measurement as JSON-writable maps (the keys are listed in docs/chorales.md). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", "seed-experiment");
        m.put("config", config.toMap());
        m.put(
                "data",
                Map.of(
                        "name",
                        data.name(),
                        "source",
                        data.source(),
                        "where",
                        data.where(),
                        "melodies",
                        List.of(
                                data.train().size(),
                                data.valid().size(),
                                data.test().size())));
        m.put("windows", windowCounts());
        Map<String, Object> ex = new LinkedHashMap<>();
        ex.put("melody", example.melodyId());
        ex.put("start", example.start());
        ex.put("opening", pitches(example.input()));
        ex.put("bach", pitches(example.target()));
        m.put("example", ex);
        List<Object> rs = new ArrayList<>();
        for (Run r : runs) {
            rs.add(r.toMap());
        }
        m.put("runs", rs);
        m.put(
                "text",
                Map.of(
                        "costStart",
                        400,
                        "costEnd",
                        150,
                        "scoreStart",
                        500,
                        "scoreEnd",
                        440,
                        "exactMatch",
                        0.03,
                        "highProbabilityBefore",
                        30,
                        "highProbabilityAfter",
                        4,
                        "examples",
                        561));
        return m;
    }
}
