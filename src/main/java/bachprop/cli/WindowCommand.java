package bachprop.cli;

import bachprop.app.WindowLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bachprop [window] [--chapter N] [--presenter]}: opens the companion window. */
@Command(name = "window", description = "open the companion window (the default)")
public final class WindowCommand extends BaseCommand {
    @Option(names = "--chapter", paramLabel = "N", description = "open chapter N (default: where you left off)")
    int chapter = -1;

    @Option(
            names = "--presenter",
            description = "start in presenter mode: the visualiser alone, full screen, projector theme;"
                    + " → or Page Down next, ← back, B black screen, T text, Esc leaves")
    boolean presenter;

    @Override
    protected int run() {
        return WindowLauncher.open(chapter, presenter, err);
    }
}
