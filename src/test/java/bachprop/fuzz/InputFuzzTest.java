package bachprop.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.app.Settings;
import bachprop.chapter.Chapter;
import bachprop.chapter.ChapterParser;
import bachprop.chapter.Workspace;
import bachprop.grade.Progress;
import bachprop.music.data.DataLocator;
import bachprop.music.data.TinyData;
import bachprop.music.data.UciChorales;
import bachprop.util.BadInputException;
import bachprop.util.Paths2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input kind, damaged {@link #RUNS} ways (docs/bad-input.md): each run must end within 10 s
 * with exit 0 (the damage happened to be valid) or 2 (bad input; 1 only where a check legitimately
 * fails), name the file, show no stack trace and leave the file as it was (or moved aside, whole).
 * Sample mode (the default, in {@code mvn verify}): 50 runs per kind and a 2 MB line; full mode
 * ({@code -Dbachprop.fuzz=full}): 240 runs per kind and a 100 MB line.
 */
class InputFuzzTest {
    static final boolean FULL = "full".equals(System.getProperty("bachprop.fuzz"));
    static final int RUNS = FULL ? 240 : 50;
    static final long LONG_LINE = FULL ? 100_000_000L : 2_000_000L;

    @TempDir
    static Path tmp;

    static Path tiny;
    static Path exercises;
    static String savedUserDir;
    static final Map<String, FuzzTable.Row> TABLE = new LinkedHashMap<>();

    @BeforeAll
    static void fixtures() throws IOException {
        savedUserDir = System.getProperty("bachprop.userDir");
        System.setProperty("bachprop.userDir", tmp.resolve("user").toString());
        tiny = tmp.resolve("tiny");
        TinyData.writeJsb(tiny.resolve(DataLocator.JSB_DIR).resolve("jsb_chorales"));
        exercises = tmp.resolve("exercises");
        copyExercises(exercises, null);
    }

    @AfterAll
    static void report() throws IOException {
        if (savedUserDir == null) {
            System.clearProperty("bachprop.userDir");
        } else {
            System.setProperty("bachprop.userDir", savedUserDir);
        }
        FuzzTable.print(TABLE, FULL ? "full" : "sample", System.out);
    }

    /** The manifest and the one exercise folder {@code grade --hint sigmoid} reads. */
    static void copyExercises(Path to, byte[] manifest) throws IOException {
        Path home = Paths2.home().resolve("exercises");
        Files.createDirectories(to.resolve("sigmoid").resolve(".docs"));
        for (String f : List.of("hints.md", "instructions.md")) {
            Files.copy(
                    home.resolve("sigmoid/.docs").resolve(f),
                    to.resolve("sigmoid/.docs").resolve(f));
        }
        Files.write(
                to.resolve("manifest.json"),
                manifest != null ? manifest : Files.readAllBytes(home.resolve("manifest.json")));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = InputFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    static byte[] chapterFixture(boolean withCell) {
        String text = "---\nid: 1\ntitle: Fuzzed\nsections: 2.1, 2.2\nexercises: weighted-input\n---\n"
                + "# Fuzzed\n\nA neuron receives $x_1, x_2$ and gives back **one** number.\n\n"
                + "$$\nz = \\sum_{i=1}^{n} x_i w_i + b \\tag{1}\n$$\n\n## A section\n\nText with *emphasis* and $a = \\sigma(z)$.\n"
                + (withCell ? "\n```jshell\nint x = 1 + 2;\nx\n```\n" : "")
                + "\n- a list item\n- another, with [a link](https://example.org)\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDamagedNetFileIsAClearErrorNamingIt() throws IOException {
        byte[] valid = resource("/bachprop/nets/mazur.json");
        new FuzzKind("net JSON", '[', Set.of(0, 1, 2)).fuzz(valid, (dir, seed) -> {
            Path f = dir.resolve("net.json");
            return new FuzzKind.Case(f, () -> FuzzRun.command("trace", "--net", f.toString()));
        });
    }

    @Test
    void aDamagedChapterIsAClearErrorNamingIt() throws IOException {
        new FuzzKind("chapter markdown", '[', Set.of(0, 2)).fuzz(chapterFixture(false), (dir, seed) -> {
            Path chapters = dir.resolve("chapters");
            Path f = chapters.resolve("01-fuzzed").resolve("chapter.md");
            Files.createDirectories(f.getParent());
            return new FuzzKind.Case(f, () -> FuzzRun.command("read", "1", "--dir", chapters.toString()));
        });
    }

    @Test
    void aDamagedManifestIsAClearErrorNamingIt() throws IOException {
        byte[] valid = Files.readAllBytes(exercises.resolve("manifest.json"));
        new FuzzKind("exercise manifest", '{', Set.of(0, 2)).fuzz(valid, (dir, seed) -> {
            Path ex = dir.resolve("exercises");
            copyExercises(ex, valid);
            Path f = ex.resolve("manifest.json");
            return new FuzzKind.Case(
                    f,
                    () -> FuzzRun.command(
                            "grade",
                            "--dir",
                            ex.toString(),
                            "--hint",
                            "sigmoid",
                            "--progress",
                            dir.resolve("p.json").toString()));
        });
    }

    @Test
    void aDamagedProgressFileIsAClearErrorOrKeptAside() throws IOException {
        byte[] valid =
                ("{\"exercises\":{\"sigmoid\":{\"chapter\":2,\"passed\":false,\"tasks\":{\"1\":\"pass\",\"2\":\"fail\"},"
                                + "\"hints\":{\"2\":1}},\"feed-forward\":{\"chapter\":1,\"passed\":true,\"tasks\":{\"1\":\"pass\",\"2\":\"pass\"}}}}\n")
                        .getBytes(StandardCharsets.UTF_8);
        FuzzKind kind = new FuzzKind("progress", '{', Set.of(0, 2));
        kind.rewrites = bytes -> readable(bytes);
        kind.fuzz(valid, (dir, seed) -> {
            Path f = dir.resolve("progress.json");
            return new FuzzKind.Case(
                    f,
                    () -> FuzzRun.command(
                            "grade", "--dir", exercises.toString(), "--hint", "sigmoid", "--progress", f.toString()));
        });
    }

    /** True when the grader reads these bytes as a progress file (then it may rewrite it). */
    static boolean readable(byte[] bytes) {
        try {
            Path scratch = Files.createTempFile(tmp, "progress", ".json");
            Files.write(scratch, bytes);
            Progress.load(scratch);
            return true;
        } catch (BadInputException | IOException e) {
            return false;
        }
    }

    @Test
    void aDamagedJsbCsvIsAClearErrorNamingIt() throws IOException {
        byte[] valid = TinyData.jsbCsv(0).getBytes(StandardCharsets.UTF_8);
        new FuzzKind("JSB CSV", '[', Set.of(0, 2)).fuzz(valid, (dir, seed) -> {
            Path data = dir.resolve("data");
            Path csvs = data.resolve(DataLocator.JSB_DIR).resolve("jsb_chorales");
            TinyData.writeJsb(csvs);
            String[] splits = {"train", "valid", "test"};
            Path f = csvs.resolve(splits[seed % 3])
                    .resolve(String.format("chorale_%03d.csv", seed % 3 == 0 ? 0 : seed % 3 == 1 ? 3 : 5));
            return new FuzzKind.Case(f, evaluate(data, ngramFile()));
        });
    }

    @Test
    void aDamagedUciLispIsAClearErrorNamingIt() throws IOException {
        byte[] valid = TinyData.uciLisp().getBytes(StandardCharsets.UTF_8);
        new FuzzKind("UCI lisp", '(', Set.of(0, 2)).fuzz(valid, (dir, seed) -> {
            Path data = dir.resolve("data");
            Path f = data.resolve(DataLocator.UCI_DIR).resolve(UciChorales.FILE);
            Files.createDirectories(f.getParent());
            return new FuzzKind.Case(f, evaluate(data, ngramFile()));
        });
    }

    static Path ngram;

    static Path ngramFile() throws IOException {
        if (ngram == null) {
            ngram = tmp.resolve("ngram.bpm");
            Files.write(ngram, resource("/bachprop/models/ngram-jsb.bpm"));
        }
        return ngram;
    }

    static Callable<FuzzRun> evaluate(Path data, Path model) {
        return () -> FuzzRun.command(
                "chorale",
                "evaluate",
                "--model",
                kindOf(model),
                "--file",
                model.toString(),
                "--data",
                data.toString(),
                "--samples",
                "1",
                "--notes",
                "4",
                "--opening",
                "4");
    }

    static String kindOf(Path model) {
        String name = model.getFileName().toString();
        return name.substring(0, name.indexOf('-') > 0 ? name.indexOf('-') : name.indexOf('.'));
    }

    @Test
    void aDamagedNgramModelIsAClearErrorNamingIt() throws IOException {
        fuzzModel("ngram");
    }

    @Test
    void aDamagedMlpModelIsAClearErrorNamingIt() throws IOException {
        fuzzModel("mlp");
    }

    @Test
    void aDamagedRnnModelIsAClearErrorNamingIt() throws IOException {
        fuzzModel("rnn");
    }

    @Test
    void aDamagedLstmModelIsAClearErrorNamingIt() throws IOException {
        fuzzModel("lstm");
    }

    /** Half the runs damage the file; the other half damage the payload and seal it again (length, SHA-256). */
    void fuzzModel(String kind) throws IOException {
        byte[] valid = resource("/bachprop/models/" + kind + "-jsb.bpm");
        FuzzKind k = new FuzzKind("model " + kind, '{', Set.of(0, 2));
        k.payload = ModelBytes::damagePayload;
        k.fuzz(valid, (dir, seed) -> {
            Path f = dir.resolve(kind + "-fuzz.bpm");
            return new FuzzKind.Case(f, evaluate(tiny, f));
        });
    }

    @Test
    void aDamagedWorkspaceIsAClearErrorNamingIt() throws IOException {
        Path chapterFile = tmp.resolve("ws-chapters/01-fuzzed/chapter.md");
        Files.createDirectories(chapterFile.getParent());
        Files.write(chapterFile, chapterFixture(true));
        Chapter chapter = ChapterParser.lenient().parse(chapterFile);
        String cell = chapter.cells().get(0).source();
        byte[] valid = ("{\"chapter\":\"" + chapter.slug() + "\",\"cells\":{\"1\":{\"original\":" + jsonString(cell)
                        + ",\"edited\":\"int x = 40 + 2;\\nx\\n\"}}}\n")
                .getBytes(StandardCharsets.UTF_8);
        new FuzzKind("workspace", '{', Set.of(0, 2)).fuzz(valid, (dir, seed) -> {
            Workspace ws = new Workspace(dir);
            Path f = ws.file(chapter);
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            return new FuzzKind.Case(
                    f,
                    () -> FuzzRun.call(
                            () -> {
                                try {
                                    ws.edit(chapter, chapter.cells().get(0));
                                    return 0;
                                } catch (BadInputException | IOException e) {
                                    synchronized (said) {
                                        said.write(e.getMessage().getBytes(StandardCharsets.UTF_8));
                                    }
                                    return 2;
                                }
                            },
                            said));
        });
    }

    static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void aDamagedWindowSettingsFileGivesTheDefaultsAndSaysSo() throws IOException {
        byte[] valid =
                "{\"width\":1000.0,\"height\":700.0,\"x\":10.0,\"y\":20.0,\"lastChapter\":3,\"dark\":true,\"zoom\":1.25,\"sideFraction\":0.4}\n"
                        .getBytes(StandardCharsets.UTF_8);
        new FuzzKind("window settings", '[', Set.of(0, 2)).fuzz(valid, (dir, seed) -> {
            Path f = dir.resolve("window.json");
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            return new FuzzKind.Case(
                    f,
                    () -> FuzzRun.call(
                            () -> {
                                PrintStream old = System.err;
                                System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
                                try {
                                    Settings s = Settings.load(f);
                                    boolean sane = Double.isFinite(s.width)
                                            && s.width > 0
                                            && Double.isFinite(s.height)
                                            && s.height > 0
                                            && Double.isFinite(s.zoom)
                                            && Double.isFinite(s.sideFraction);
                                    return !sane ? 3 : said.size() > 0 ? 2 : 0;
                                } finally {
                                    System.setErr(old);
                                }
                            },
                            said));
        });
    }

    /** Kept for the table: the kinds in the order they ran. */
    static void record(FuzzTable.Row row) {
        synchronized (TABLE) {
            TABLE.put(row.kind(), row);
        }
    }

    static List<String> noFailures() {
        return new ArrayList<>();
    }

    static void check(List<String> failures, String kind) {
        assertTrue(
                failures.isEmpty(),
                kind + ": " + failures.size() + " bad runs:\n"
                        + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
