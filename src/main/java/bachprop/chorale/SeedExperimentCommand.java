package bachprop.chorale;

import bachprop.cli.Args;
import bachprop.cli.Command;
import bachprop.util.BadInputException;
import bachprop.music.data.DataLocator;
import bachprop.music.data.Dataset;
import bachprop.nn.Init;
import bachprop.util.AtomicFiles;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bachprop chorale seed-experiment [--hidden 100] [--eta 3] [--epochs 30] [--batch 10]
 * [--seed 1] [--init standard|scaled] [--no-compare] [--windows within|blocks]
 * [--dataset auto|jsb|uci|builtin] [--data DIR] [--out DIR] [--json]}.
 * Progress goes to stderr with {@code --json} (stdout then carries only the JSON), else to stdout.
 */
public final class SeedExperimentCommand implements Command {
    static final Set<String> VALUED = Set.of("hidden", "eta", "epochs", "batch", "seed", "init", "windows", "dataset", "data", "out");
    static final Set<String> FLAGS = Set.of("json", "no-compare", "no-audio");

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, VALUED, FLAGS);
        if (!args.positional().isEmpty()) {
            throw new BadInputException("unexpected argument '" + args.positional().get(0) + "'");
        }
        SeedExperiment.Config d = SeedExperiment.Config.defaults();
        SeedExperiment.Config config = new SeedExperiment.Config(
                hidden(args.get("hidden", "100")),
                positive("eta", args.getDouble("eta", d.eta())),
                (int) positive("epochs", args.getInt("epochs", d.epochs())),
                (int) positive("batch", args.getInt("batch", d.miniBatch())),
                args.getInt("seed", (int) d.seed()),
                init(args.get("init", "standard")),
                !args.has("no-compare"),
                args.get("windows", d.windowing()));
        if (!config.windowing().equals("within") && !config.windowing().equals("blocks")) {
            throw new BadInputException("--windows is 'within' or 'blocks', not '" + config.windowing() + "'");
        }
        boolean json = args.has("json");
        PrintStream progress = json ? err : out;
        Dataset data = Dataset.load(args.get("dataset", "auto"), DataLocator.standard(args.get("data")));
        if (data.isBuiltin()) {
            progress.println((args.get("dataset", "auto").equals("auto") ? "no chorale data found: " : "")
                    + "using the project's own practice melodies (NOT Bach). Run `bachprop data fetch` for the real chorales.");
        }
        progress.println("data: " + data);
        SeedExperiment experiment;
        try {
            experiment = new SeedExperiment(config, data);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage() + " in " + data.name() + " (its melodies are short: try --windows blocks)");
        }
        progress.println("windows: " + experiment.train.size() + " train, " + experiment.valid.size() + " valid, "
                + experiment.test.size() + " test (the text: 561 examples)");
        experiment.run(TerminalProgress.forStream(progress));
        Path dir = Path.of(args.get("out", "chorale-seed-experiment"));
        Map<String, Object> results = experiment.toMap();
        List<String> written = SeedExperimentOutput.write(experiment, dir, !args.has("no-audio"), progress);
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

    static int[] hidden(String s) {
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
            default -> throw new BadInputException("--init is 'standard' (N(0,1)) or 'scaled' (N(0,1/n_in)), not '" + s + "'");
        };
    }
}
