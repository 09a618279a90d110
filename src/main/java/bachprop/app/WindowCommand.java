package bachprop.app;

import bachprop.cli.Args;
import bachprop.cli.Command;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import javafx.application.Application;

/**
 * {@code bachprop [window] [--chapter N] [--presenter]}: opens the companion window and returns
 * when it is closed.
 */
public final class WindowCommand implements Command {

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(argv, Set.of("chapter"), Set.of("presenter"));
        if (!args.positional().isEmpty()) {
            throw new bachprop.cli.UsageException("usage: bachprop window [--chapter N] [--presenter]");
        }
        prepare();
        CompanionApp.startChapter = args.getInt("chapter", -1);
        CompanionApp.startPresenter = args.has("presenter");
        Application.launch(CompanionApp.class);
        return 0;
    }

    /** Starts the slow one-time work (TeX fonts) before the toolkit, on its own thread. */
    static MathRenderer prepare() {
        System.setProperty("java.awt.headless", "true"); // Java2D draws the formulas; no AWT windows
        MathRenderer math = new MathRenderer();
        math.warmUp();
        CompanionApp.math = math;
        return math;
    }
}
