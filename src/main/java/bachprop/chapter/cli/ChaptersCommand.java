package bachprop.chapter.cli;

import bachprop.chapter.Chapter;
import bachprop.chapter.ChapterException;
import bachprop.chapter.ChapterParser;
import bachprop.chapter.Chapters;
import bachprop.cli.Args;
import bachprop.cli.Command;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code bachprop chapters [--json]}: one line per chapter (number, title, source sections, cells,
 * exercises). A chapter that does not parse is reported with its file and line; exit code 1.
 */
public final class ChaptersCommand implements Command {

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argv, Set.of("dir"), Set.of("json"));
        Path dir = args.has("dir") ? Path.of(args.get("dir")) : Chapters.dir();
        List<Path> files = Chapters.files(dir);
        if (files.isEmpty()) {
            err.println("bachprop chapters: no chapters in " + dir);
            return 1;
        }
        int status = 0;
        List<ChapterJson> json = new ArrayList<>();
        for (Path file : files) {
            Chapter c;
            try {
                c = ChapterParser.lenient().parse(file);
            } catch (ChapterException e) {
                err.println("bachprop chapters: " + e.getMessage());
                status = 1;
                continue;
            }
            if (args.has("json")) {
                List<String> vis = new ArrayList<>();
                c.visualisers().forEach(v -> vis.add(v.name()));
                json.add(new ChapterJson(c.id(), c.title(), c.slug(), dir.relativize(file).toString(), c.front().sections(),
                        c.front().exercises(), c.cells().size(), c.equations().size(), vis));
            } else {
                out.printf("%2d  %-48s §%-12s %2d cells%s%n", c.id(), c.title(), String.join(", ", c.front().sections()),
                        c.cells().size(), c.front().exercises().isEmpty() ? "" : "  exercises: " + String.join(", ", c.front().exercises()));
            }
        }
        if (args.has("json")) {
            out.println(Json.write(json));
        }
        return status;
    }

    /** One chapter in {@code chapters --json}. */
    record ChapterJson(int id, String title, String slug, String file, List<String> sections, List<String> exercises,
            int cells, int equations, List<String> visualisers) {
    }
}
