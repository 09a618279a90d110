package bachprop.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command of the {@code bachprop} launcher: picocli fills its option fields, then {@link #run}
 * does the work with the streams {@link Main} handed it and returns the exit code (0 success,
 * 1 a check failed, 2 bad input).
 */
public abstract class BaseCommand implements Callable<Integer> {
    /** Standard output of this run (the JSON and tables a script reads). */
    protected PrintStream out = System.out;
    /** Standard error of this run (progress beside JSON, warnings). */
    protected PrintStream err = System.err;
    /** This command in the tree, for its usage text. */
    @Spec
    protected CommandSpec spec;

    final void streams(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    /** Does the command's work; returns the exit code. */
    protected abstract int run() throws Exception;

    /** For a command that only groups subcommands: its usage, and exit code 2. */
    protected final int usage() {
        spec.commandLine().usage(out);
        return Main.BAD_INPUT;
    }
}
