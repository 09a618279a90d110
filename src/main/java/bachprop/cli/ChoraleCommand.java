package bachprop.cli;

import bachprop.seq.SequenceModels;
import bachprop.seq.satb.FourVoiceModels;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code bachprop chorale SUBCOMMAND ...}: the chorale chapters' experiments. The subcommands
 * are listed by type; each is a command of its own with its own options and help.
 */
@Command(
        name = "chorale",
        description = "the chorale chapters: seed-experiment, train, evaluate, extend",
        subcommands = {SeedExperimentCommand.class, TrainCommand.class, EvaluateCommand.class, ExtendCommand.class})
public final class ChoraleCommand extends BaseCommand {
    @Override
    protected int run() {
        return usage();
    }

    /** The sequence-model kinds, then the four-voice ones, for help and completion of {@code --model}. */
    static final class Kinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return all().iterator();
        }

        static List<String> all() {
            List<String> names = new ArrayList<>(SequenceModels.names());
            names.addAll(FourVoiceModels.names());
            return names;
        }
    }
}
