package bachprop.cli;

import bachprop.chapter.Chapter;
import bachprop.chapter.ChapterException;
import bachprop.chapter.ChapterParser;
import bachprop.chapter.Chapters;
import bachprop.chapter.CodeCell;
import bachprop.chapter.FigureTable;
import bachprop.chapter.Figures;
import bachprop.chapter.TextRenderer;
import bachprop.chapter.Workspace;
import bachprop.jshell.CellEvaluator;
import bachprop.jshell.CellResult;
import bachprop.util.BadInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bachprop read N [--check] [--mine] [--timeout S] [--quiet]}: prints chapter N as text with
 * its cells run in one JShell session and their output beneath them. {@code --check} (also
 * {@code read --check} alone, for every chapter) exits 1 at the first cell that does not succeed,
 * naming chapter and cell; an unknown visualiser is then an error too. {@code --mine} runs the
 * student's edited cells instead of the chapter's.
 */
@Command(name = "read", description = "print chapter N with its cells run; --check: exit 1 at the first failing cell")
public final class ReadCommand extends BaseCommand {
    @Parameters(paramLabel = "N", arity = "0..*", description = "chapter numbers (none with --check: every chapter)")
    List<String> chapters = new ArrayList<>();

    @Option(
            names = "--check",
            description = "exit 1 at the first cell that does not succeed; unknown visualisers are errors")
    boolean check;

    @Option(names = "--mine", description = "run your edited cells instead of the chapter's")
    boolean mine;

    @Option(names = "--quiet", description = "print only the check's result, not the chapter")
    boolean quiet;

    @Option(names = "--timeout", paramLabel = "S", description = "seconds a cell may run (default: ${DEFAULT-VALUE})")
    int timeout = (int) CellEvaluator.DEFAULT_DEADLINE.toSeconds();

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "the chapters folder (default: the checkout's chapters/)")
    Path dir;

    @Override
    protected int run() throws Exception {
        Path dir = this.dir != null ? this.dir : Chapters.dir();
        Duration deadline = Duration.ofSeconds(timeout);
        List<Path> files = new ArrayList<>();
        if (chapters.isEmpty()) {
            if (!check) {
                throw new BadInputException(
                        "usage: bachprop read N [--check] [--mine] [--timeout S] (or read --check for every chapter)");
            }
            files.addAll(Chapters.files(dir));
            if (files.isEmpty()) {
                throw new BadInputException("no chapters in " + dir);
            }
        } else {
            for (String n : chapters) {
                int id;
                try {
                    id = Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    throw new BadInputException("a chapter number, not '" + n + "' (see bachprop chapters)");
                }
                Path f = Chapters.file(dir, id);
                if (f == null) {
                    throw new BadInputException(
                            "there is no chapter " + id + " in " + dir + " (see bachprop chapters)");
                }
                files.add(f);
            }
        }
        PrintStream text = quiet ? new PrintStream(PrintStream.nullOutputStream()) : out;
        for (Path f : files) {
            int status = read(f, check, mine, deadline, text, out, err);
            if (status != 0) {
                return status;
            }
        }
        return 0;
    }

    private int read(
            Path file,
            boolean check,
            boolean mine,
            Duration deadline,
            PrintStream text,
            PrintStream out,
            PrintStream err)
            throws IOException {
        Chapter chapter;
        try {
            chapter = (check ? ChapterParser.strict() : ChapterParser.lenient()).parse(file);
        } catch (ChapterException e) {
            err.println("bachprop read: " + e.getMessage());
            return check ? 1 : 2;
        }
        Workspace workspace = mine ? Workspace.forUser() : null;
        if (workspace != null) {
            try {
                workspace.check(chapter);
            } catch (Workspace.UnreadableException e) {
                err.println("bachprop read: " + e.why() + "; nothing was run: your edits were moved aside to "
                        + e.aside() + " (kept)");
                return Main.BAD_INPUT;
            }
        }
        Map<Integer, String> outputs = new HashMap<>(); // what each cell printed, for the figures check
        CellResult[] failed = new CellResult[1];
        CodeCell[] failedCell = new CodeCell[1];
        try (CellEvaluator evaluator = CellEvaluator.forProject()) {
            evaluator.setDeadline(deadline);
            String rendered = TextRenderer.render(chapter, cell -> {
                if (failed[0] != null) {
                    return "(not run: an earlier cell failed)";
                }
                String source;
                try {
                    source = workspace == null ? cell.source() : workspace.current(chapter, cell);
                } catch (IOException e) {
                    source = cell.source();
                }
                CellResult r = evaluator.evaluate("cell " + cell.index(), source);
                outputs.put(cell.index(), r.describe());
                if (!r.ok()) {
                    failed[0] = r;
                    failedCell[0] = cell;
                }
                return prefix(r.describe());
            });
            text.print(rendered);
        }
        if (failed[0] != null) {
            String what = headline(failed[0]);
            err.println("bachprop read: chapter " + chapter.id() + " (" + file + "), " + failedCell[0].label()
                    + " failed: " + what);
            return check ? 1 : 0;
        }
        if (check) {
            List<Figures.Figure> unchecked = FigureTable.beside(file).unchecked(chapter, outputs);
            if (!unchecked.isEmpty()) {
                err.println("bachprop read: chapter " + chapter.id() + ": " + Figures.describe(unchecked)
                        + "\n  stated in the prose but neither given nor printed by a cell, nor listed in"
                        + " chapters/figures.tsv with how each is checked");
                return 1;
            }
            out.println("chapter " + chapter.id() + ": all " + chapter.cells().size() + " cells ran");
        }
        return 0;
    }

    /** The one line that says what went wrong. */
    static String headline(CellResult r) {
        if (r instanceof CellResult.CompileError ce && !ce.problems().isEmpty()) {
            return "compile error at " + ce.problems().get(0);
        }
        if (r instanceof CellResult.Failure f) {
            return f.exceptionClass()
                    + (f.message() == null ? "" : ": " + f.message())
                    + (f.frames().isEmpty()
                            ? ""
                            : " " + f.frames().get(f.frames().size() - 1));
        }
        String[] lines = r.describe().strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String prefix(String result) {
        result = result.stripTrailing();
        if (result.isEmpty()) {
            return "";
        }
        return "  » " + result.replace("\n", "\n  » ");
    }
}
