package bachprop.cli;

import bachprop.util.BadInputException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line entry point behind the {@code bachprop} script. Each sub-command lives in its
 * own class; this class only dispatches. Exit codes: 0 success, 1 a check failed, 2 bad input.
 */
public final class Main {

    /** name → (class, one-line description), in the order {@code --help} lists them. */
    static final Map<String, String[]> COMMANDS = new LinkedHashMap<>();

    static {
        register("window", "bachprop.app.WindowCommand", "open the companion window (the default)");
        register("chapters", "bachprop.chapter.cli.ChaptersCommand", "list the chapters");
        register("read", "bachprop.chapter.cli.ReadCommand", "read N [--check]: print chapter N with its cells run");
        register("trace", "bachprop.cli.TraceCommand", "trace --net FILE.json|mazur [--json]: one forward and backward pass, equation by equation");
        register("render", "bachprop.viz.cli.RenderCommand", "render VISUALISER [--step N|--frames DIR|--gif FILE] --out FILE.png: headless frames");
        register("grade", "bachprop.grade.GradeCommand", "grade [EXERCISE] [--check] [--pack DIR]: grade the exercises");
        register("data", "bachprop.music.data.DataCommand", "data [path|fetch|verify]: where the chorale data is; download and verify it");
        register("chorale", "bachprop.chorale.ChoraleCommand", "chorale seed-experiment|train|evaluate|extend ...: the chorale chapters");
        register("bench", "bachprop.cli.BenchCommand", "bench train|window|viz|lstm: benchmarks (not tests)");
    }

    private Main() {
    }

    static void register(String name, String className, String description) {
        COMMANDS.put(name, new String[] {className, description});
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(List.of(args));
        String name = rest.isEmpty() ? "window" : rest.remove(0);
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            printHelp(out);
            return 0;
        }
        String[] entry = COMMANDS.get(name);
        if (entry == null) {
            err.println("bachprop: unknown command '" + name + "' (try: bachprop --help)");
            return 2;
        }
        try {
            Command command = (Command) Class.forName(entry[0]).getDeclaredConstructor().newInstance();
            return command.run(rest, out, err);
        } catch (BadInputException e) {
            err.println("bachprop " + name + ": " + e.getMessage());
            return 2;
        } catch (ClassNotFoundException e) {
            err.println("bachprop " + name + ": this command is not part of this build");
            return 2;
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException
                 | NoSuchMethodException e) {
            err.println("bachprop " + name + ": could not start: " + e);
            return 1;
        } catch (Exception e) {
            err.println("bachprop " + name + ": " + e);
            return 1;
        }
    }

    static void printHelp(PrintStream out) {
        out.println("bachprop — a step-through companion to \"Music Generation with Deep Learning\"");
        out.println();
        out.println("usage: bachprop [COMMAND] [ARGS...]   (no command opens the window)");
        out.println();
        for (Map.Entry<String, String[]> e : COMMANDS.entrySet()) {
            out.printf("  %-9s %s%n", e.getKey(), e.getValue()[1]);
        }
    }
}
