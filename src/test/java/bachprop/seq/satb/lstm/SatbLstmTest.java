package bachprop.seq.satb.lstm;

import static bachprop.seq.satb.SameDistributions.assertSameDistributions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.TrainingOptions;
import bachprop.seq.satb.FourVoiceCalibration;
import bachprop.seq.satb.FourVoiceCalibrationTest;
import bachprop.seq.satb.FourVoiceFile;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoicePredictor;
import bachprop.seq.satb.MemoryWeights;
import bachprop.seq.satb.PieceMemoryModel;
import bachprop.seq.satb.Tokens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SatbLstmTest {

    @Test
    void everyParameterGroupsBackpropMatchesCentralDifferencesWithinOneInAThousand() {
        SatbGradientCheck.Result r = SatbGradientCheck.run(3, 4, 5);
        assertEquals(3 + 5 * Tokens.VOICES, r.groups().size());
        for (SatbGradientCheck.Group g : r.groups()) {
            // float32 backprop against double central differences (ε = 1e-5): |error| ≤ 1e-3 · max(1e-2, |fd| + |bp|)
            assertTrue(g.maxRelativeError() < 1e-3, g.toString());
            assertTrue(g.nonZero() > 0, "no partial derivative of " + g.name() + " is exercised: " + g);
        }
    }

    static SatbLstmModel tinyModel(long seed, int members) {
        Random rng = new Random(seed);
        List<SatbNet> nets = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            SatbNet n = SatbNet.random(8, 6, rng);
            for (double[] row : n.theta) {
                for (int k = 0; k < row.length; k++) {
                    row[k] += 0.2 * rng.nextGaussian();
                }
            }
            nets.add(n);
        }
        SatbLstmModel model = new SatbLstmModel(nets, Map.of());
        model.roundToStored();
        return model;
    }

    @Test
    void teacherForcedGivesTheSteppedPredictorsDistributionsToFloatPrecision() {
        SatbLstmModel model = tinyModel(3, 2);
        int[][] chorale = SatbGradientCheck.chorale(40, new Random(9));
        double[][][] fast = model.teacherForced(chorale);
        FourVoicePredictor p = model.start();
        for (int t = 0; t < chorale.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                assertEquals(t, p.step());
                assertEquals(v, p.voice());
                double[] stepped = p.next();
                assertArrayEquals(stepped, fast[t][v], 1e-5, "step " + t + " voice " + v); // float32 vs double
                p.choose(chorale[t][v]);
            }
        }
    }

    @Test
    void thePredictorsDistributionSumsToOneAndIsPositive() {
        SatbLstmModel model = tinyModel(4, 1);
        FourVoicePredictor p = model.start();
        int[][] chorale = SatbGradientCheck.chorale(20, new Random(2));
        for (int[] step : chorale) {
            for (int token : step) {
                double[] q = p.next();
                assertEquals(Tokens.COUNT, q.length);
                double sum = 0;
                for (double x : q) {
                    assertTrue(x > 0);
                    sum += x;
                }
                assertEquals(1.0, sum, 1e-12);
                p.choose(token);
            }
        }
    }

    @Test
    void aPayloadReadsBackAsTheSameModelGivingTheSameDistributions() throws IOException {
        SatbLstmModel model = tinyModel(6, 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.writePayload(new DataOutputStream(bytes));
        SatbLstmKind kind = new SatbLstmKind();
        SatbLstmModel back = (SatbLstmModel)
                kind.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), kind.payloadVersion());
        assertEquals(model.nets.size(), back.nets.size());
        for (int m = 0; m < model.nets.size(); m++) {
            for (int r = 0; r < model.nets.get(m).theta.length; r++) {
                assertArrayEquals(model.nets.get(m).theta[r], back.nets.get(m).theta[r], 0.0);
            }
        }
        int[][] chorale = SatbGradientCheck.chorale(12, new Random(1));
        assertSameDistributions(model, back, chorale, 0.0);
        assertEquals(model.describe(), back.describe());
    }

    @Test
    void aModelFileReadsBackAsTheSameKindWithTheSameDistributions() throws IOException {
        SatbLstmModel model = tinyModel(8, 1);
        byte[] bytes = FourVoiceFile.toBytes(model);
        FourVoiceModel back = FourVoiceFile.load(new ByteArrayInputStream(bytes), Path.of("tiny.bpm"));
        assertEquals("satb", back.kind());
        int[][] chorale = SatbGradientCheck.chorale(9, new Random(4));
        assertSameDistributions(model, back, chorale, 0.0);
    }

    @Test
    void aModelFileKeepsTheMemoryWeightsAndTheIntervalCalibration() throws IOException {
        double[][] lambda = new double[Tokens.VOICES][MemoryWeights.BUCKETS];
        lambda[2][5] = 0.5;
        FourVoiceCalibration c = FourVoiceCalibrationTest.tenorTonesUp();
        FourVoiceModel both = PieceMemoryModel.of(tinyModel(3, 1), new MemoryWeights(lambda), c);
        FourVoiceModel back =
                FourVoiceFile.load(new ByteArrayInputStream(FourVoiceFile.toBytes(both)), Path.of("tiny.bpm"));
        assertEquals(new MemoryWeights(lambda), PieceMemoryModel.weightsOf(back));
        for (int v = 0; v < Tokens.VOICES; v++) {
            assertArrayEquals(
                    c.voices().get(v).beta(), back.calibration().voices().get(v).beta(), 1e-7, "voice " + v);
        }
        assertSameDistributions(both, back, SatbGradientCheck.chorale(9, new Random(5)), 0.0);
    }

    @Test
    void aTransposedChoraleKeepsItsRestsAndStaysInRange() {
        SatbTrainer trainer = new SatbTrainer(TrainingOptions.defaults());
        int[][] chorale = {{46, 30, 0, 10}, {45, 0, 20, 2}};
        Random rng = new Random(3);
        for (int i = 0; i < 50; i++) {
            int s = trainer.shift(chorale, rng);
            assertTrue(s >= -1 && s <= 0, "shift " + s); // 46 + s ≤ 46 and 2 + s ≥ 1
            int[][] t = SatbTrainer.transpose(chorale, s);
            assertEquals(0, t[0][2]);
            assertEquals(0, t[1][1]);
            assertEquals(46 + s, t[0][0]);
        }
    }
}
