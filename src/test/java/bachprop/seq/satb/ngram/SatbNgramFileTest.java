package bachprop.seq.satb.ngram;

import static bachprop.seq.satb.SameDistributions.assertSameDistributions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.ModelFile;
import bachprop.seq.ModelFileException;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.satb.FourVoiceFile;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoiceModels;
import bachprop.seq.satb.FourVoicePredictor;
import bachprop.seq.satb.MemoryWeights;
import bachprop.seq.satb.PieceMemoryModel;
import bachprop.seq.satb.SatbData;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.Tokens;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The satb-ngram on small made-up chorales (no corpus needed): its distributions, its file, bad files. */
class SatbNgramFileTest {
    static FourVoiceModel model;
    static List<SatbScore> valid;

    /** Chorales of block chords moving by steps, notes of 2 or 4 sixteenths, from a seeded generator. */
    static List<SatbScore> madeUp(String split, int n, long seed) {
        Random rng = new Random(seed);
        List<SatbScore> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] chord = {31 + rng.nextInt(3), 26 + rng.nextInt(3), 21 + rng.nextInt(3), 13 + rng.nextInt(3)};
            int steps = 32 + 4 * rng.nextInt(8);
            int[][] x = new int[steps][Tokens.VOICES];
            for (int t = 0; t < steps; t++) {
                if (t > 0 && t % (rng.nextBoolean() ? 2 : 4) == 0) {
                    int move = rng.nextInt(5) - 2;
                    for (int v = 0; v < Tokens.VOICES; v++) {
                        chord[v] = Math.max(2, Math.min(45, chord[v] + (v % 2 == 0 ? move : -move)));
                    }
                }
                x[t] = chord.clone();
            }
            out.add(new SatbScore(split + ":" + i, x));
        }
        return out;
    }

    @BeforeAll
    static void train() {
        valid = madeUp("valid", 4, 2);
        model = FourVoiceModels.kind("satb-ngram")
                .train(
                        new SatbData("made up", madeUp("train", 12, 1), valid),
                        TrainingOptions.defaults(),
                        TrainingListener.NONE);
    }

    @Test
    void everyDistributionSumsToOneAndTheFastPathEqualsThePredictor() {
        int[][] x = valid.get(0).tokens();
        double[][][] fast = model.teacherForced(x);
        FourVoicePredictor p = model.start();
        for (int t = 0; t < x.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                assertEquals(t, p.step());
                assertEquals(v, p.voice());
                double[] q = p.next();
                assertEquals(1.0, Arrays.stream(q).sum(), 1e-9, "step " + t + " voice " + v);
                assertTrue(Arrays.stream(q).allMatch(y -> y > 0), "every token possible at " + t + "," + v);
                assertArrayEquals(fast[t][v], q, 1e-15);
                p.choose(x[t][v]);
            }
        }
    }

    @Test
    void aSavedModelLoadsWithTheSameDistributionsAndSavesToTheSameBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("satb-ngram-jsb.bpm");
        FourVoiceFile.save(model, file);
        FourVoiceModel back = FourVoiceFile.load(file);
        assertEquals(model.describe(), back.describe());
        int[][] x = valid.get(1).tokens();
        assertSameDistributions(model, back, x, 0.0);
        assertArrayEquals(Files.readAllBytes(file), FourVoiceFile.toBytes(back));
        assertEquals("satb-ngram", ModelFile.header(file).kind());
        assertEquals(2, (int) ModelFile.header(file).payloadVersion());
        assertTrue(PieceMemoryModel.weightsOf(model).on(), "the made-up chorales repeat: " + model);
        assertEquals(PieceMemoryModel.weightsOf(model), PieceMemoryModel.weightsOf(back));
    }

    @Test
    void aVersionOneFileWithoutMemoryWeightsLoadsAsTheLongTermModelAlone(@TempDir Path dir) throws Exception {
        FourVoiceModel ltm = PieceMemoryModel.longTermOf(model);
        Path file = dir.resolve("v1.bpm");
        Files.write(file, ModelFile.encode("satb-ngram", () -> 1, ltm.describe(), Map.of(), ltm::writePayload));
        FourVoiceModel back = FourVoiceFile.load(file);
        assertEquals(MemoryWeights.OFF, PieceMemoryModel.weightsOf(back));
        int[][] x = valid.get(2).tokens();
        assertSameDistributions(ltm, back, x, 0.0);
    }

    @Test
    void withMemoryZeroTrainingGivesTheLongTermModelAlone() {
        FourVoiceModel alone = FourVoiceModels.kind("satb-ngram")
                .train(
                        new SatbData("made up", madeUp("train", 12, 1), valid),
                        new TrainingOptions(Map.of("memory", "0")),
                        TrainingListener.NONE);
        assertEquals(MemoryWeights.OFF, PieceMemoryModel.weightsOf(alone));
        assertEquals(PieceMemoryModel.longTermOf(model).describe(), alone.describe());
    }

    @Test
    void aTruncatedOrFlippedFileIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        byte[] bytes = FourVoiceFile.toBytes(model);
        Path cut = dir.resolve("cut.bpm");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 7));
        ModelFileException e = assertThrows(ModelFileException.class, () -> FourVoiceFile.load(cut));
        assertTrue(e.getMessage().startsWith(cut + ": corrupt: the payload is"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        Path flipped = dir.resolve("flipped.bpm");
        byte[] f = bytes.clone();
        f[f.length - 3] ^= 1;
        Files.write(flipped, f);
        e = assertThrows(ModelFileException.class, () -> FourVoiceFile.load(flipped));
        assertEquals(flipped + ": corrupt: the payload's SHA-256 does not match the header's checksum", e.getMessage());
        Path garbage = dir.resolve("garbage.bpm");
        Files.writeString(garbage, "hello\n");
        e = assertThrows(ModelFileException.class, () -> FourVoiceFile.load(garbage));
        assertTrue(e.getMessage().startsWith(garbage + ": line 1: not a bachprop model file"), e.getMessage());
    }

    @Test
    void aOneVoiceModelFileIsRefusedNamingItsKind() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/bachprop/models/ngram-jsb.bpm")) {
            Path name = Path.of("classpath:ngram-jsb.bpm");
            ModelFileException e = assertThrows(ModelFileException.class, () -> FourVoiceFile.load(in, name));
            assertEquals(
                    name + ": line 2: holds a one-voice ngram model, not a four-voice one (known: "
                            + String.join(", ", FourVoiceModels.names()) + ")",
                    e.getMessage());
        }
    }

    @Test
    void unknownKindsAreRefusedNamingTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FourVoiceModels.kind("satb-nope"));
        assertTrue(e.getMessage().contains("known: ") && e.getMessage().contains("satb-ngram"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> FourVoiceModels.kind("satb-ngram")
                        .train(
                                new SatbData("x", valid, valid),
                                new TrainingOptions(Map.of("hidden", "3")),
                                TrainingListener.NONE));
    }
}
