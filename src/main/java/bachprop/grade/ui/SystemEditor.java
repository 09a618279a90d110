package bachprop.grade.ui;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Opens a learner's file in the person's editor: the desktop's editor for the file
 * ({@link Desktop.Action#EDIT}), else the application that opens it ({@link Desktop.Action#OPEN}),
 * else {@code $VISUAL} or {@code $EDITOR}, else {@code xdg-open}. Each way that fails is skipped
 * and named in the result; nothing throws. Call it off the JavaFX thread (AWT may block).
 */
public final class SystemEditor {
    /** One way of opening a file. */
    public interface Opener {
        String name();

        boolean available();

        void open(Path file) throws Exception;
    }

    /** What happened: opened (and how), or why not. */
    public record Outcome(boolean opened, String message) {}

    private final List<Opener> openers;

    public SystemEditor(List<Opener> openers) {
        this.openers = List.copyOf(openers);
    }

    /** The platform's ways, in order, with {@code env} for $VISUAL/$EDITOR. */
    public static SystemEditor standard(Map<String, String> env) {
        List<Opener> list = new ArrayList<>();
        list.add(desktop(Desktop.Action.EDIT));
        list.add(desktop(Desktop.Action.OPEN));
        for (String var : List.of("VISUAL", "EDITOR")) {
            String cmd = env.get(var);
            if (cmd != null && !cmd.isBlank()) {
                list.add(command("$" + var + " (" + cmd.strip() + ")", cmd.strip()));
            }
        }
        list.add(command("xdg-open", "xdg-open"));
        return new SystemEditor(list);
    }

    public Outcome open(Path file) {
        List<String> tried = new ArrayList<>();
        for (Opener o : openers) {
            if (!o.available()) {
                continue;
            }
            try {
                o.open(file);
                return new Outcome(true, "Opened " + file.getFileName() + " with " + o.name() + ".");
            } catch (Exception e) {
                tried.add(
                        o.name() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return new Outcome(
                false,
                "Could not open " + file + " in an editor"
                        + (tried.isEmpty() ? " (no way to open files here)" : " (" + String.join("; ", tried) + ")")
                        + ". Open it yourself; saving it regrades.");
    }

    private static Opener desktop(Desktop.Action action) {
        return new Opener() {
            @Override
            public String name() {
                return "the desktop (" + action.name().toLowerCase(Locale.ROOT) + ")";
            }

            @Override
            public boolean available() {
                try {
                    return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action);
                } catch (RuntimeException | Error e) {
                    return false;
                }
            }

            @Override
            public void open(Path file) throws Exception {
                File f = file.toFile();
                if (action == Desktop.Action.EDIT) {
                    Desktop.getDesktop().edit(f);
                } else {
                    Desktop.getDesktop().open(f);
                }
            }
        };
    }

    /** Starts {@code cmd FILE} (cmd split at spaces: "code --wait" works) and does not wait for it. */
    static Opener command(String name, String cmd) {
        return new Opener() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void open(Path file) throws Exception {
                List<String> args = new ArrayList<>(List.of(cmd.split("\\s+")));
                args.add(file.toString());
                Process p = new ProcessBuilder(args)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                // A launcher that fails at once (no handler for .java files) says so by its exit code.
                if (p.waitFor(1, TimeUnit.SECONDS) && p.exitValue() != 0) {
                    throw new IllegalStateException("exit code " + p.exitValue());
                }
            }
        };
    }
}
