package bachprop.cli;

import bachprop.util.BadInputException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bachprop bench NAME}: benchmarks that measure rather than test. Each one is a
 * {@link Command} in the package of what it measures.
 */
public final class BenchCommand implements Command {
    static final Map<String, String[]> BENCHES = new LinkedHashMap<>();

    static {
        BENCHES.put("train", new String[] {"bachprop.nn.fast.TrainBench", "seconds per epoch of the text's largest chorale network"});
        BENCHES.put("window", new String[] {"bachprop.app.WindowBench", "cold start to first chapter; first and later cell results"});
        BENCHES.put("viz", new String[] {"bachprop.viz.VizBench", "frame time of the δ-flow animation at 1920×1080"});
        BENCHES.put("lstm", new String[] {"bachprop.seq.LstmBench", "milliseconds per LSTM training step (62→128, seq 64, batch 32)"});
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || args.get(0).equals("--help")) {
            out.println("usage: bachprop bench NAME [ARGS...]");
            BENCHES.forEach((k, v) -> out.printf("  %-7s %s%n", k, v[1]));
            return args.isEmpty() ? 2 : 0;
        }
        String[] entry = BENCHES.get(args.get(0));
        if (entry == null) {
            throw new BadInputException("unknown benchmark '" + args.get(0) + "' (known: " + String.join(", ", BENCHES.keySet()) + ")");
        }
        Command bench;
        try {
            bench = (Command) Class.forName(entry[0]).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new BadInputException("benchmark '" + args.get(0) + "' is not part of this build");
        }
        return bench.run(new ArrayList<>(args.subList(1, args.size())), out, err);
    }
}
