package bachprop.chapter;

import static bachprop.chapter.ProseFigures.assertFigure;
import static bachprop.chapter.ProseFigures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bachprop.chorale.SeedExperiment;
import bachprop.cli.Main;
import bachprop.music.data.DataLocator;
import bachprop.music.data.Dataset;
import bachprop.music.data.RealData;
import bachprop.seq.Corpora;
import bachprop.seq.Evaluation;
import bachprop.seq.ModelFile;
import bachprop.seq.SequenceModel;
import bachprop.util.Json;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prose figures that need minutes of training (chapter 7's {@code --hidden 500,500,500}
 * table, chapter 9's LSTM trained on the training chorales only), recomputed as the chapters say
 * they were measured. Tagged {@code slow}: left out of {@code mvn verify} (which must stay short)
 * and run with {@code mvn test -Dbachprop.excluded=none -Dtest=SlowFiguresTest} (about 6 minutes
 * on two cores, with the JSB data).
 */
@Tag("slow")
@Tag("corpus")
class SlowFiguresTest {
    @TempDir
    Path tmp;

    static double measure(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    void threeHiddenLayersOf500TrainedGiveTheSecondTablesAfterColumns() {
        RealData.assumeJsb();
        Dataset data = Dataset.load("auto", DataLocator.standard(null));
        SeedExperiment.Config d = SeedExperiment.Config.defaults();
        SeedExperiment e = new SeedExperiment(
                new SeedExperiment.Config(
                        new int[] {500, 500, 500},
                        d.eta(),
                        d.epochs(),
                        d.miniBatch(),
                        d.seed(),
                        d.init(),
                        true,
                        "within"),
                data);
        e.run(null);
        Map<String, Object> standard = e.runs.get(0).after;
        Map<String, Object> scaled = e.runs.get(1).after;
        assertFigure("138.0", measure(standard, "cost"), "cost, standard after");
        assertFigure("32.4", measure(scaled, "cost"), "cost, scaled after");
        assertFigure("459", measure(standard, "scoreSampled"), "score, standard after");
        assertFigure("495", measure(scaled, "scoreSampled"), "score, scaled after");
        assertFigure("2.4%", measure(standard, "exactAllPitchesSampled"), "all 32, standard after");
        assertFigure("1.7%", measure(scaled, "exactAllPitchesSampled"), "all 32, scaled after");
        assertFigure("4.9", measure(standard, "highProbabilityPitches"), "high-probability, standard after");
        assertFigure("1.3", measure(scaled, "highProbabilityPitches"), "high-probability, scaled after");
    }

    @Test
    void theLstmTrainedOnTheTrainingChoralesOnlyReachesChapter9sRow() throws Exception {
        RealData.assumeJsb();
        Path model = tmp.resolve("lstm-train-only.bpm");
        String trained =
                cli("chorale", "train", "--model", "lstm", "--refit", "0", "--top-p", "1", "--out", model.toString());
        Map<String, Object> r = Json.read(
                cli("chorale", "evaluate", "--model", "lstm", "--file", model.toString(), "--json"),
                "evaluate --json",
                Map.class);
        assertFigure("1.352", at(r, "teacherForced.pitchBitsPerNote"), "bits per note\n" + trained);
        assertFigure("69.0%", at(r, "teacherForced.pitchAccuracy"), "pitch accuracy");
        assertFigure("65.6%", at(r, "teacherForced.durationAccuracy"), "duration accuracy");
        // Two retrainings of the earlier model agreed on the teacher-forced figures, but their sampled
        // KL differed (0.01154, 0.01107; the cause is not traced), so the prose gives it to two decimals.
        // The 4-network model (viewpoints, short-term model): 0.02117 and 10 leaps in the queue run and here;
        // the 8-network one (issue 15, finishing): 0.02096 and 7 leaps (its file, top-p 1, on the test split);
        // with the n-gram joined and the interval calibration (finishing (2)): 0.01109 and 0 leaps, measured by
        // re-making the post-training choices on that run's networks (docs/sequence-models.md).
        assertFigure("0.01", at(r, "generation.intervalKlBits"), "interval KL");
        assertFigure("0", at(r, "generation.model.leapsBeyondOctave"), "leaps beyond an octave");
        // "The refit is worth 0.067 bits and 2.0 points of accuracy": the shipped (refit) model's
        // figures on the same test chorales against these.
        Map<String, Object> shipped;
        try (InputStream in = SequenceModel.class.getResourceAsStream("/bachprop/models/lstm-jsb.bpm")) {
            SequenceModel lstm = ModelFile.load(in, Path.of("lstm-jsb.bpm"));
            shipped = Evaluation.evaluate(lstm, "jsb:test", Corpora.load("jsb").test(), Evaluation.Options.defaults());
        }
        assertFigure(
                "0.067",
                at(r, "teacherForced.pitchBitsPerNote") - at(shipped, "teacherForced.pitchBitsPerNote"),
                "bits the refit saves");
        assertFigure(
                "2.0",
                100 * (at(shipped, "teacherForced.pitchAccuracy") - at(r, "teacherForced.pitchAccuracy")),
                "points of accuracy the refit gains");
    }

    /** Runs a command in this JVM; its standard output, or a failure with both streams. */
    static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, String.join(" ", args) + "\n" + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
