package bachprop.chorale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.cli.Cli;
import bachprop.music.Note;
import bachprop.music.data.RealData;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import bachprop.seq.Corpora;
import bachprop.seq.Evaluation;
import bachprop.seq.ModelFile;
import bachprop.seq.ModelFileException;
import bachprop.seq.NextNote;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.SequenceModels;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;
import bachprop.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlpSequenceModelTest {
    static TrainingData data;
    static List<TrainingStatus> statuses = new ArrayList<>();
    static MlpSequenceModel model;

    /** Melodies of 70–90 notes drawn from a seeded walk on the C major scale (no data files needed). */
    static List<NoteSequence> melodies(String split, int count, long seed) {
        int[] scale = {60, 62, 64, 65, 67, 69, 71, 72};
        Random r = new Random(seed);
        List<NoteSequence> out = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            List<SeqNote> notes = new ArrayList<>();
            int i = 3;
            for (int t = 0, n = 70 + r.nextInt(21); t < n; t++) {
                i = Math.max(0, Math.min(scale.length - 1, i + r.nextInt(3) - 1));
                notes.add(new SeqNote(scale[i], 1 + r.nextInt(2) * 3));
            }
            out.add(new NoteSequence(split + ":" + m, notes));
        }
        return out;
    }

    @BeforeAll
    static void trainTiny() {
        data = new TrainingData("walks", melodies("train", 6, 1), melodies("valid", 2, 2));
        model = (MlpSequenceModel) SequenceModels.kind("mlp")
                .train(data, new TrainingOptions(Map.of("hidden", "8", "epochs", "3", "eta", "1")), statuses::add);
    }

    @Test
    void nextNoteDistributionsSumToOneForEveryHistoryLength() {
        List<SeqNote> melody = data.valid().get(0).notes();
        for (int t : new int[] {0, 1, 5, 31, 32, 33, 60}) {
            NextNote p = model.next(melody.subList(0, t));
            assertEquals(1.0, sum(p.pitch()), 1e-12, "pitch, history " + t);
            assertEquals(1.0, sum(p.duration()), 1e-12, "duration, history " + t);
        }
    }

    @Test
    void firstOutputNoteMatchesTheTeachingNetworkOnTheWindow() {
        List<SeqNote> melody = data.valid().get(0).notes().subList(0, 40);
        List<Note> last32 = new ArrayList<>();
        for (SeqNote n : melody.subList(8, 40)) {
            last32.add(new Note(n.pitch(), n.duration()));
        }
        Network net = model.toNetwork();
        double[] a = net.feedforward(new Vec(NoteEmbedding.encode(last32))).toArray();
        NextNote p = model.next(melody);
        assertArrayEquals(NoteEmbedding.pitchProbabilities(a, 0), p.pitch(), 1e-12);
        assertArrayEquals(NoteEmbedding.durationProbabilities(a, 0), p.duration(), 1e-12);
    }

    @Test
    void shortHistoryIsPaddedWithItsFirstNote() {
        List<SeqNote> melody = data.valid().get(0).notes();
        List<SeqNote> padded = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            padded.add(melody.get(0));
        }
        padded.addAll(melody.subList(0, 2));
        assertArrayEquals(
                model.next(padded).pitch(), model.next(melody.subList(0, 2)).pitch(), 0.0);
    }

    @Test
    void trainingReportsEveryEpochWithBitsAndTheEquation7Cost() {
        assertEquals(3, statuses.size());
        for (TrainingStatus s : statuses) {
            assertTrue(Double.isFinite(s.trainBits()) && Double.isFinite(s.validBits()), s.toString());
            assertTrue(s.message().contains("eq. 7"), s.message());
        }
        assertEquals(1.0, statuses.get(2).fraction(), 0.0);
    }

    @Test
    void evaluateScoresEveryNoteWithFiniteBits() {
        List<NoteSequence> test = melodies("test", 2, 3);
        Evaluation.TeacherForced v = Evaluation.teacherForced(model, test);
        int notes = test.get(0).notes().size() + test.get(1).notes().size();
        assertEquals(notes, v.notes());
        assertTrue(v.pitchBitsPerNote() > 0 && v.pitchBitsPerNote() < 20, "bits " + v.pitchBitsPerNote());
        double bits = 0;
        for (NoteSequence s : test) {
            for (int t = 0; t < s.notes().size(); t++) {
                bits -= Math.log(model.next(s.notes().subList(0, t))
                                .pitchProbability(s.notes().get(t).pitch()))
                        / Math.log(2);
            }
        }
        assertEquals(bits / notes, v.pitchBitsPerNote(), 1e-9);
    }

    @Tag("corpus")
    @Test
    void evaluateCommandScoresTheSavedMlpOnTheJsbTestSplit(@TempDir Path dir) throws Exception {
        RealData.assumeJsb(); // the real corpus, or a visible skip
        Path file = dir.resolve("tiny-mlp.bpm");
        ModelFile.save(model, file);
        Cli r = Cli.run(
                "chorale",
                "evaluate",
                "--model",
                "mlp",
                "--file",
                file.toString(),
                "--json",
                "--samples",
                "1",
                "--notes",
                "8");
        assertEquals(0, r.code(), r.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(r.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> tf = (Map<String, Object>) json.get("teacherForced");
        Evaluation.TeacherForced direct =
                Evaluation.teacherForced(model, Corpora.load("jsb").test());
        assertEquals("mlp", json.get("model"));
        assertEquals(direct.notes(), ((Number) tf.get("notes")).intValue());
        assertEquals(direct.pitchBitsPerNote(), ((Number) tf.get("pitchBitsPerNote")).doubleValue(), 1e-9);
        assertTrue(json.get("generation") instanceof Map, "sampled continuations were measured");
    }

    @Test
    void saveAndLoadGiveTheSameDistributions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mlp.bpm");
        ModelFile.save(model, file);
        SequenceModel back = ModelFile.load(file);
        assertEquals("mlp", back.kind());
        List<SeqNote> melody = data.valid().get(1).notes();
        for (int t : new int[] {0, 3, 40}) {
            assertArrayEquals(
                    model.next(melody.subList(0, t)).pitch(),
                    back.next(melody.subList(0, t)).pitch(),
                    0.0);
            assertArrayEquals(
                    model.next(melody.subList(0, t)).duration(),
                    back.next(melody.subList(0, t)).duration(),
                    0.0);
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 5] ^= 0x40;
        Files.write(file, bytes);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void melodiesTooShortForAWindowAreAClearError() {
        TrainingData tooShort = new TrainingData(
                "short",
                List.of(new NoteSequence("train:1", data.train().get(0).notes().subList(0, 63))),
                List.of());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> SequenceModels.kind("mlp")
                        .train(tooShort, new TrainingOptions(Map.of("hidden", "4", "epochs", "1")), s -> {}));
        assertTrue(e.getMessage().contains("64 notes"), e.getMessage());
    }

    static double sum(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        return s;
    }
}
