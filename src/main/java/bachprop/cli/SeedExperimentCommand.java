package bachprop.cli;

import bachprop.chorale.SeedExperiment;
import bachprop.chorale.SeedExperimentOutput;
import bachprop.chorale.TerminalProgress;
import bachprop.music.data.DataLocator;
import bachprop.music.data.Dataset;
import bachprop.nn.Init;
import bachprop.util.AtomicFiles;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bachprop chorale seed-experiment [--hidden 100] [--eta 3] [--epochs 30] [--batch 10]
 * [--seed 1] [--init standard|scaled] [--no-compare] [--windows within|blocks]
 * [--dataset auto|jsb|uci|builtin] [--data DIR] [--out DIR] [--json]}.
 * Progress goes to stderr with {@code --json} (stdout then carries only the JSON), else to stdout.
 */
@Command(
        name = "seed-experiment",
        description = "the text's MLP experiment (section 6) re-run, with its figures, MIDI, WAV and JSON")
public final class SeedExperimentCommand extends BaseCommand {
    @Option(
            names = "--hidden",
            paramLabel = "SIZES",
            description = "hidden-layer sizes, like 500,500,500 (default ${DEFAULT-VALUE})")
    String hidden = "100";

    @Option(names = "--eta", paramLabel = "η", description = "learning rate (default 3)")
    Double eta;

    @Option(names = "--epochs", paramLabel = "N", description = "epochs (default 30)")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "M", description = "mini-batch size (default 10)")
    Integer batch;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default 1)")
    Integer seed;

    @Option(
            names = "--init",
            paramLabel = "INIT",
            description = "standard (N(0,1)) or scaled (N(0,1/n_in)) (default ${DEFAULT-VALUE})")
    String init = "standard";

    @Option(names = "--no-compare", description = "do not also train with the other initialisation")
    boolean noCompare;

    @Option(
            names = "--windows",
            paramLabel = "MODE",
            description = "within (windows inside each melody) or blocks (default within)")
    String windows;

    @Option(
            names = "--dataset",
            paramLabel = "NAME",
            description = "auto, jsb, uci or builtin (default ${DEFAULT-VALUE})")
    String dataset = "auto";

    @Option(names = "--data", paramLabel = "DIR", description = "look for the chorale data here first")
    String data;

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default ${DEFAULT-VALUE})")
    Path outDir = Path.of("chorale-seed-experiment");

    @Option(names = "--json", description = "print the results as JSON (progress then goes to stderr)")
    boolean json;

    @Option(names = "--no-audio", description = "write no WAV files")
    boolean noAudio;

    @Override
    protected int run() throws Exception {
        SeedExperiment.Config d = SeedExperiment.Config.defaults();
        SeedExperiment.Config config = new SeedExperiment.Config(
                SeedExperiment.Config.parseHidden(hidden),
                positive("eta", eta != null ? eta : d.eta()),
                (int) positive("epochs", epochs != null ? epochs : d.epochs()),
                (int) positive("batch", batch != null ? batch : d.miniBatch()),
                seed != null ? seed : (int) d.seed(),
                init(init),
                !noCompare,
                windows != null ? windows : d.windowing());
        if (!config.windowing().equals("within") && !config.windowing().equals("blocks")) {
            throw new BadInputException("--windows is 'within' or 'blocks', not '" + config.windowing() + "'");
        }
        PrintStream progress = json ? err : out;
        Dataset data = Dataset.load(dataset, DataLocator.standard(this.data));
        if (data.isBuiltin()) {
            progress.println(
                    (dataset.equals("auto") ? "no chorale data found: " : "")
                            + "using the project's own practice melodies (NOT Bach). Run `bachprop data fetch` for the real chorales.");
        }
        progress.println("data: " + data);
        SeedExperiment experiment;
        try {
            experiment = new SeedExperiment(config, data);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    e.getMessage() + " in " + data.name() + " (its melodies are short: try --windows blocks)");
        }
        progress.println("windows: " + experiment.train.size() + " train, " + experiment.valid.size() + " valid, "
                + experiment.test.size() + " test (the text: 561 examples)");
        experiment.run(TerminalProgress.forStream(progress));
        Path dir = outDir;
        Map<String, Object> results = experiment.toMap();
        List<String> written = SeedExperimentOutput.write(experiment, dir, !noAudio, progress);
        results.put("files", written);
        AtomicFiles.writeString(dir.resolve("results.json"), Json.write(results) + "\n");
        if (json) {
            out.println(Json.write(results));
        } else {
            SeedExperimentOutput.summary(experiment, out);
            out.println("wrote " + dir.resolve("results.json") + " and " + written.size() + " more files to " + dir);
        }
        return 0;
    }

    static double positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new BadInputException("--" + name + " must be a positive number, not " + v);
        }
        return v;
    }

    static Init init(String s) {
        return switch (s) {
            case "standard" -> Init.STANDARD;
            case "scaled" -> Init.SCALED;
            default ->
                throw new BadInputException("--init is 'standard' (N(0,1)) or 'scaled' (N(0,1/n_in)), not '" + s + "'");
        };
    }
}
