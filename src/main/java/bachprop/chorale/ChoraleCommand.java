package bachprop.chorale;

import bachprop.cli.Command;
import bachprop.util.BadInputException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bachprop chorale SUBCOMMAND ...}: the chorale chapters' experiments. Each subcommand is
 * one line in {@link #SUBCOMMANDS} (name → class); the class is a {@link Command} that receives
 * the arguments after the subcommand's name.
 */
public final class ChoraleCommand implements Command {
    /** name → (class name, one-line description). Other models add their line here. */
    static final Map<String, String[]> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("seed-experiment", new String[] {"bachprop.chorale.SeedExperimentCommand",
                "the text's MLP experiment (section 6) re-run, with its figures, MIDI, WAV and JSON"});
        SUBCOMMANDS.put("train", new String[] {"bachprop.seq.cli.TrainCommand", "train --model mlp|ngram|rnn|lstm: train a sequence model and save it"});
        SUBCOMMANDS.put("evaluate", new String[] {"bachprop.seq.cli.EvaluateCommand", "evaluate --model ...: bits per note, accuracy, sampled continuations vs Bach"});
        SUBCOMMANDS.put("extend", new String[] {"bachprop.seq.cli.ExtendCommand", "extend --chorale test:ID --opening K --notes N --model ... --out F.mid: continue a chorale"});
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            out.println("usage: bachprop chorale SUBCOMMAND [OPTIONS]");
            for (Map.Entry<String, String[]> e : SUBCOMMANDS.entrySet()) {
                out.printf("  %-16s %s%n", e.getKey(), e.getValue()[1]);
            }
            return args.isEmpty() ? 2 : 0;
        }
        String[] entry = SUBCOMMANDS.get(args.get(0));
        if (entry == null) {
            throw new BadInputException("unknown subcommand '" + args.get(0) + "' (known: " + String.join(", ", SUBCOMMANDS.keySet()) + ")");
        }
        Command command;
        try {
            command = (Command) Class.forName(entry[0]).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new BadInputException("chorale " + args.get(0) + " is not part of this build");
        }
        return command.run(new ArrayList<>(args.subList(1, args.size())), out, err);
    }
}
