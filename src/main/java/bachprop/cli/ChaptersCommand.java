package bachprop.cli;

import bachprop.chapter.Chapter;
import bachprop.chapter.ChapterException;
import bachprop.chapter.ChapterParser;
import bachprop.chapter.Chapters;
import bachprop.util.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bachprop chapters [--json]}: one line per chapter (number, title, source sections, cells,
 * exercises). A chapter that does not parse is reported with its file and line; exit code 1.
 */
@Command(name = "chapters", description = "list the chapters")
public final class ChaptersCommand extends BaseCommand {
    @Option(names = "--json", description = "one JSON array of the chapters (id, title, sections, cells, ...)")
    boolean json;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "the chapters folder (default: the checkout's chapters/)")
    Path dir;

    @Override
    protected int run() throws Exception {
        Path dir = this.dir != null ? this.dir : Chapters.dir();
        List<Path> files = Chapters.files(dir);
        if (files.isEmpty()) {
            err.println("bachprop chapters: no chapters in " + dir);
            return 1;
        }
        int status = 0;
        List<ChapterJson> rows = new ArrayList<>();
        for (Path file : files) {
            Chapter c;
            try {
                c = ChapterParser.lenient().parse(file);
            } catch (ChapterException e) {
                err.println("bachprop chapters: " + e.getMessage());
                status = 1;
                continue;
            }
            if (json) {
                List<String> vis = new ArrayList<>();
                c.visualisers().forEach(v -> vis.add(v.name()));
                rows.add(new ChapterJson(
                        c.id(),
                        c.title(),
                        c.slug(),
                        dir.relativize(file).toString(),
                        c.front().sections(),
                        c.front().exercises(),
                        c.cells().size(),
                        c.equations().size(),
                        vis));
            } else {
                out.printf(
                        "%2d  %-48s §%-12s %2d cells%s%n",
                        c.id(),
                        c.title(),
                        String.join(", ", c.front().sections()),
                        c.cells().size(),
                        c.front().exercises().isEmpty()
                                ? ""
                                : "  exercises: " + String.join(", ", c.front().exercises()));
            }
        }
        if (json) {
            out.println(Json.write(rows));
        }
        return status;
    }

    /** One chapter in {@code chapters --json}. */
    record ChapterJson(
            int id,
            String title,
            String slug,
            String file,
            List<String> sections,
            List<String> exercises,
            int cells,
            int equations,
            List<String> visualisers) {}
}
