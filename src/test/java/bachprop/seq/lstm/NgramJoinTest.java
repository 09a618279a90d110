package bachprop.seq.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.Evaluation;
import bachprop.seq.IntervalCalibration;
import bachprop.seq.ModelFile;
import bachprop.seq.NextNote;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.Vocab;
import bachprop.seq.ngram.NgramKind;
import bachprop.seq.ngram.NgramModel;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.StmSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trained n-gram joined to the LSTM's pitch distribution (issue 15, finishing), and payload v6. */
class NgramJoinTest {
    @TempDir
    Path dir;

    static LstmModel lstm() {
        return new LstmModel(
                List.of(Lstm.random(Features.WIDTH, 6, Vocab.PITCHES, Vocab.DURATIONS, new Random(3))), Map.of(), 0.95);
    }

    static NgramModel ngram(TrainingData data) {
        return NgramKind.trainDefault(data, TrainingListener.NONE);
    }

    @Test
    void productIsTheWeightedGeometricMeanRenormalised() {
        double[] p = {0.8, 0.2};
        double[] q = {0.2, 0.8};
        assertArrayEquals(p, LstmModel.product(p, q, 0), 1e-15); // w = 0: the networks alone
        assertArrayEquals(new double[] {0.5, 0.5}, LstmModel.product(p, q, 0.5), 1e-15);
        // w = 1/4: 0.8^(3/4)·0.2^(1/4) = 0.5657 and 0.2^(3/4)·0.8^(1/4) = 0.2828, i.e. 2/3 and 1/3
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3}, LstmModel.product(p, q, 0.25), 1e-12);
    }

    @Test
    void theJoinedPitchIsTheProductOfTheNetworksAndTheNgramAndDurationsStayTheNetworks() {
        TrainingData data = LstmRefitTest.tiny();
        NgramModel n = ngram(data);
        LstmModel alone = lstm();
        LstmModel joined = alone.withNgram(n, 0.3);
        List<SeqNote> m = data.valid().get(0).notes();
        List<NextNote> a = alone.teacherForced(m);
        List<NextNote> j = joined.teacherForced(m);
        for (int t = 0; t < m.size(); t++) {
            double[] expected =
                    LstmModel.product(a.get(t).pitch(), n.next(m.subList(0, t)).pitch(), 0.3);
            assertArrayEquals(expected, j.get(t).pitch(), 1e-12, "note " + t);
            assertArrayEquals(a.get(t).duration(), j.get(t).duration(), 0.0);
        }
        // the one-note-at-a-time reader (extension) sees the same distribution as teacher forcing
        assertArrayEquals(
                j.get(m.size() - 1).pitch(),
                joined.next(m.subList(0, m.size() - 1)).pitch(),
                1e-10);
        assertThrows(IllegalArgumentException.class, () -> alone.withNgram(n, 1.0));
        assertNull(alone.withNgram(n, 0).ngram, "w = 0 keeps no n-gram");
    }

    @Test
    void pickKeepsTheLowestBitsAndTheSmallerWeightOnTies() {
        List<NgramWeightChoice.Candidate> c = List.of(
                new NgramWeightChoice.Candidate(0, 1.50, 0.60),
                new NgramWeightChoice.Candidate(0.1, 1.40, 0.61),
                new NgramWeightChoice.Candidate(0.2, 1.40, 0.65), // as good in bits, more accurate: still not taken
                new NgramWeightChoice.Candidate(0.3, 1.45, 0.70));
        assertEquals(c.get(1), NgramWeightChoice.pick(c));
    }

    @Test
    void theChosenWeightsFiguresAreExactlyThoseOfTheModelItBuilds() {
        TrainingData data = LstmRefitTest.tiny();
        NgramModel n = ngram(data);
        LstmModel alone = lstm();
        NgramWeightChoice.Result r = NgramWeightChoice.choose(alone.networks(), n, StmSettings.DEFAULT, data.valid());
        assertEquals(NgramWeightChoice.WEIGHTS.length, r.candidates().size());
        for (NgramWeightChoice.Candidate c : r.candidates()) {
            SequenceModel built = LongShortTerm.of(alone.withNgram(n, c.weight()), StmSettings.DEFAULT);
            Evaluation.TeacherForced tf = Evaluation.teacherForced(built, data.valid());
            assertEquals(tf.pitchBitsPerNote(), c.bits(), 1e-9, "w = " + c.weight());
            assertEquals(tf.pitchAccuracy(), c.accuracy(), 1e-12, "w = " + c.weight());
            assertTrue(r.chosen().bits() <= c.bits());
        }
    }

    @Test
    void payloadSixKeepsTheNgramItsWeightTheCalibrationAndEveryDistribution() throws Exception {
        TrainingData data = LstmRefitTest.tiny();
        double[] beta = new double[Evaluation.BINS];
        beta[Evaluation.bin(0)] = -0.5f;
        beta[Evaluation.bin(2)] = 0.25f;
        LstmModel model = lstm().withNgram(ngram(data), 0.35).withCalibration(new IntervalCalibration(beta));
        model.roundToStored();
        Path f = dir.resolve("v6.bpm");
        ModelFile.save(LongShortTerm.of(model, StmSettings.DEFAULT), f);
        LstmModel back = assertInstanceOf(LstmModel.class, ((LongShortTerm) ModelFile.load(f)).longTerm());
        assertEquals(0.35, back.ngramWeight, 0.0);
        assertNotNull(back.ngram);
        assertEquals(new IntervalCalibration(beta), back.calibration());
        List<SeqNote> m = data.valid().get(1).notes();
        assertEquals(model.teacherForced(m), back.teacherForced(m));
        assertEquals(model.extend(m, 12, 1.0, new Random(4)), back.extend(m, 12, 1.0, new Random(4)));
        assertArrayEquals(Files.readAllBytes(f), ModelFile.toBytes(LongShortTerm.of(back, StmSettings.DEFAULT)));
        assertTrue(back.describe().contains("pitch × n-gram^0.35"), back.describe());
    }

    @Test
    void theNetworksAreStoredDeflatedSmallerThanTheirRawBfloat16() throws Exception {
        LstmModel model = new LstmModel(
                List.of(Lstm.random(Features.Layout.V2.width, 32, Vocab.PITCHES, Vocab.DURATIONS, new Random(1))),
                Map.of());
        model.roundToStored();
        long raw = 2L * model.network().parameterCount();
        int stored = ModelFile.toBytes(model).length;
        // random uniform(±1/√32) weights: the exponent byte repeats, so the file is clearly under the raw size
        assertTrue(stored < 0.9 * raw, stored + " bytes stored for " + raw + " raw");
    }

    static LstmModel trained(String... more) {
        Map<String, String> o = new HashMap<>(Map.of("hidden", "4", "members", "1", "epochs", "2", "threads", "1"));
        for (int i = 0; i < more.length; i += 2) {
            o.put(more[i], more[i + 1]);
        }
        return (LstmModel) ((LongShortTerm)
                        new LstmKind().train(LstmRefitTest.tiny(), new TrainingOptions(o), TrainingListener.NONE))
                .longTerm();
    }

    @Test
    void trainingChoosesTheWeightOnValidationAndRecordsEveryCandidate() {
        LstmModel ltm = trained();
        @SuppressWarnings("unchecked")
        Map<String, Object> choice = (Map<String, Object>) ltm.info().get("ngramWeight");
        assertEquals(NgramWeightChoice.WEIGHTS.length, ((List<?>) choice.get("candidates")).size());
        @SuppressWarnings("unchecked")
        Map<String, Object> chosen = (Map<String, Object>) choice.get("chosen");
        assertEquals(ltm.ngramWeight, (Double) chosen.get("ngramWeight"), 0.0);
        assertNotNull(ltm.info().get("calibration"), "the calibration is fitted by default");
    }

    @Test
    void aGivenWeightIsKeptAndTheRefitCountsTrainPlusValidationMelodies() {
        LstmModel refit = trained("ngram-weight", "0.3");
        assertEquals(0.3, refit.ngramWeight, 0.0);
        assertEquals(6 + 2, refit.ngram.trainingMelodies(), "the refit n-gram counts train + validation");
        assertEquals(6, trained("ngram-weight", "0.3", "refit", "0").ngram.trainingMelodies());
        assertNull(trained("ngram-weight", "0").ngram);
        assertTrue(
                trained("ngram-weight", "0.3", "calibrate", "0").calibration().isNone());
    }
}
