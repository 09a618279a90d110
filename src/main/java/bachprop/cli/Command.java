package bachprop.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the {@code bachprop} launcher. Returns the process exit code. */
public interface Command {
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
