package bachprop.chorale;

import bachprop.chorale.mlp.Trainer;
import bachprop.chorale.plot.CostCurveModel;
import bachprop.music.data.DataLocator;
import bachprop.music.data.Dataset;
import bachprop.nn.Init;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small seed experiments for the chapter's visualisers, built from a visualiser block's options
 * ({@code hidden}, {@code eta}, {@code epochs}, {@code init}, {@code seed}, {@code dataset},
 * {@code data}). Three figures of one chapter usually share options, so a finished experiment is
 * kept and reused (the last few only).
 */
public final class ExperimentCache {
    private static final int KEEP = 4;
    /** The options that decide the experiment; the others (theme, step, when, live) only change the view. */
    public static final List<String> OPTIONS =
            List.of("hidden", "eta", "epochs", "batch", "seed", "init", "windows", "dataset", "data");

    private static final Map<String, SeedExperiment> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SeedExperiment> e) {
            return size() > KEEP;
        }
    };

    private ExperimentCache() {}

    /** The config the options describe (defaults: one hidden layer of 100, η = 3, 10 epochs, both inits). */
    public static SeedExperiment.Config config(Map<String, String> o) {
        String init = o.getOrDefault("init", "both");
        Init first = init.equals("scaled") ? Init.SCALED : Init.STANDARD;
        if (!init.equals("both") && !init.equals("standard") && !init.equals("scaled")) {
            throw new IllegalArgumentException("option init: 'standard', 'scaled' or 'both', not '" + init + "'");
        }
        return new SeedExperiment.Config(
                SeedExperiment.Config.parseHidden(o.getOrDefault("hidden", "100")),
                number(o, "eta", 3.0),
                (int) number(o, "epochs", 10),
                (int) number(o, "batch", 10),
                (long) number(o, "seed", 1),
                first,
                init.equals("both"),
                o.getOrDefault("windows", "within"));
    }

    static double number(Map<String, String> o, String key, double fallback) {
        String v = o.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (!(d > 0)) {
                throw new IllegalArgumentException("option " + key + ": must be positive, not " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + key + ": '" + v + "' is not a number");
        }
    }

    /** A prepared, not yet trained experiment for the options (training is the caller's). */
    public static SeedExperiment prepare(Map<String, String> o) {
        Dataset data = Dataset.load(o.getOrDefault("dataset", "auto"), DataLocator.standard(o.get("data")));
        return new SeedExperiment(config(o), data);
    }

    /** A finished experiment for the options, trained now or reused. */
    public static SeedExperiment finished(Map<String, String> o) {
        String key = OPTIONS.stream()
                .filter(o::containsKey)
                .map(k -> k + "=" + o.get(k))
                .collect(Collectors.joining(";"));
        synchronized (CACHE) {
            SeedExperiment e = CACHE.get(key);
            if (e == null) {
                e = prepare(o);
                e.run(null);
                CACHE.put(key, e);
            }
            return e;
        }
    }

    /** A listener that feeds a cost-curve model (one series per initialisation). */
    public static SeedExperiment.Listener feeding(CostCurveModel model) {
        return new SeedExperiment.Listener() {
            private String label = "";

            @Override
            public void runStarted(SeedExperiment.Run run, int epochs) {
                label = run.label();
            }

            @Override
            public void batchDone(Trainer.CostPoint p, int batchesPerEpoch) {
                model.add(label, p.examplesSeen(), p.cost());
            }
        };
    }
}
