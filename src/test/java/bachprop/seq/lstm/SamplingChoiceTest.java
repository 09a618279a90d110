package bachprop.seq.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.ModelFile;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.Vocab;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.StmSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplingChoiceTest {
    @TempDir
    Path dir;

    static List<SeqNote> opening() {
        List<SeqNote> notes = new ArrayList<>();
        for (int p : new int[] {67, 67, 69, 71, 72, 71, 69, 67}) {
            notes.add(new SeqNote(p, 4));
        }
        return notes;
    }

    static LstmModel lstm(double topP, boolean alone) {
        return new LstmModel(
                List.of(Lstm.random(Features.WIDTH, 6, Vocab.PITCHES, Vocab.DURATIONS, new Random(3))),
                Map.of(),
                topP,
                alone);
    }

    @Test
    void samplingAloneDrawsExactlyWhatTheLstmAloneDraws() {
        LstmModel alone = lstm(0.95, true);
        SequenceModel both = LongShortTerm.of(alone, StmSettings.DEFAULT);
        List<SeqNote> fromBoth = both.extend(opening(), 40, 1.0, new Random(5));
        List<SeqNote> fromLstm = alone.extend(opening(), 40, 1.0, new Random(5));
        assertEquals(fromLstm, fromBoth);
        // while the mixture (the default) draws something else from the same random numbers
        List<SeqNote> fromMixture =
                LongShortTerm.of(lstm(0.95, false), StmSettings.DEFAULT).extend(opening(), 40, 1.0, new Random(5));
        assertNotEquals(fromLstm, fromMixture);
    }

    @Test
    void samplingAloneLeavesTheScoresAsTheMixtureGivesThem() {
        List<SeqNote> melody = new ArrayList<>(opening());
        melody.addAll(opening());
        SequenceModel alone = LongShortTerm.of(lstm(1.0, true), StmSettings.DEFAULT);
        SequenceModel mixture = LongShortTerm.of(lstm(1.0, false), StmSettings.DEFAULT);
        assertEquals(mixture.teacherForced(melody), alone.teacherForced(melody));
    }

    @Test
    void samplingAloneSurvivesTheModelFile() throws Exception {
        Path f = dir.resolve("lstm.bpm");
        ModelFile.save(LongShortTerm.of(lstm(0.97, true), StmSettings.DEFAULT), f);
        SequenceModel back = ModelFile.load(f);
        LstmModel ltm = assertInstanceOf(LstmModel.class, ((LongShortTerm) back).longTerm());
        assertTrue(ltm.samplesAlone);
        assertEquals(0.97, ltm.topP, 0.0);
        assertTrue(back.describe().contains("samples without the STM"), back.describe());
        ModelFile.save(LongShortTerm.of(lstm(0.97, false), StmSettings.DEFAULT), f);
        assertFalse(((LstmModel) ((LongShortTerm) ModelFile.load(f)).longTerm()).samplesAlone);
    }

    @Test
    void pickTakesTheLowestKlAmongThoseLeapingNoMoreThanBach() {
        List<SamplingChoice.Candidate> c = List.of(
                new SamplingChoice.Candidate(1.0, false, 0.010, 0.004), // lowest KL but leaps more than Bach
                new SamplingChoice.Candidate(0.99, false, 0.020, 0.002),
                new SamplingChoice.Candidate(0.98, true, 0.015, 0.003));
        assertEquals(c.get(2), SamplingChoice.pick(c, 0.003));
        // none leaps as rarely as Bach: the fewest leaps
        assertEquals(c.get(1), SamplingChoice.pick(c, 0.001));
    }

    @Test
    void trainingChoosesOnValidationAndRecordsEveryCandidate() {
        TrainingOptions o =
                new TrainingOptions(Map.of("hidden", "4", "members", "1", "epochs", "2", "refit", "0", "threads", "1"));
        SequenceModel m = new LstmKind().train(LstmRefitTest.tiny(), o, TrainingListener.NONE);
        LstmModel ltm = (LstmModel) ((LongShortTerm) m).longTerm();
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) ltm.info().get("sampling");
        assertEquals(2 * SamplingChoice.TOP_P.length, ((List<?>) s.get("candidates")).size());
        @SuppressWarnings("unchecked")
        Map<String, Object> chosen = (Map<String, Object>) s.get("chosen");
        assertEquals(ltm.topP, (Double) chosen.get("topP"), 0.0);
        assertEquals(ltm.samplesAlone, chosen.get("samplesAlone"));
    }

    @Test
    void givingTopPFixesTheSamplingWithoutAChoice() {
        TrainingOptions o = new TrainingOptions(
                Map.of("hidden", "4", "members", "1", "epochs", "2", "refit", "0", "threads", "1", "top-p", "0.9"));
        SequenceModel m = new LstmKind().train(LstmRefitTest.tiny(), o, TrainingListener.NONE);
        LstmModel ltm = (LstmModel) ((LongShortTerm) m).longTerm();
        assertEquals(0.9, ltm.topP, 0.0);
        assertFalse(ltm.samplesAlone);
        assertFalse(ltm.info().containsKey("sampling"));
    }
}
