package bachprop.rnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.nn.Vec;
import bachprop.seq.Evaluation;
import bachprop.seq.ModelFile;
import bachprop.seq.NextNote;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RnnSequenceModelTest {
    static final List<SeqNote> SCALE = List.of(
            new SeqNote(60, 4),
            new SeqNote(62, 2),
            new SeqNote(64, 2),
            new SeqNote(65, 4),
            new SeqNote(67, 8),
            new SeqNote(65, 2),
            new SeqNote(64, 2),
            new SeqNote(62, 4));

    @Test
    void bpttWithPitchAndDurationGroupsMatchesCentralDifferences() {
        Random r = new Random(3);
        Rnn rnn = Rnn.randomGrouped(5, 4, 3, 3, 2);
        List<Vec> xs = BpttTest.randomInputs(r, 5, 4);
        int[][] targets = {{0, 1}, {2, 0}, null, {1, 1}, {2, 0}};
        double err = RnnGradientCheck.maxRelativeError(rnn, xs, targets);
        assertTrue(err <= 1e-6, "max relative error " + err);
    }

    @Test
    void eachGroupIsItsOwnProbabilityDistribution() {
        RnnSequenceModel m = RnnSequenceModel.untrained(2, 8);
        NextNote n = m.next(SCALE.subList(0, 3));
        assertEquals(1.0, Arrays.stream(n.pitch()).sum(), 1e-12);
        assertEquals(1.0, Arrays.stream(n.duration()).sum(), 1e-12);
    }

    @Test
    void teacherForcingInOnePassEqualsPredictingEveryPrefix() {
        RnnSequenceModel m = RnnSequenceModel.untrained(4, 8);
        List<NextNote> once = m.teacherForced(SCALE);
        assertEquals(SCALE.size(), once.size());
        for (int t = 0; t < SCALE.size(); t++) {
            NextNote prefix = m.next(SCALE.subList(0, t));
            assertArrayEquals(prefix.pitch(), once.get(t).pitch(), 1e-14, "t = " + t);
            assertArrayEquals(prefix.duration(), once.get(t).duration(), 1e-14, "t = " + t);
        }
    }

    @Test
    void savedModelReadsBackWithTheSamePredictions() throws Exception {
        RnnSequenceModel m = RnnSequenceModel.untrained(6, 5);
        byte[] bytes = ModelFile.toBytes(m);
        SequenceModel back = ModelFile.load(new ByteArrayInputStream(bytes), Path.of("rnn-test.model"));
        assertEquals("rnn", back.kind());
        assertArrayEquals(m.next(SCALE).pitch(), back.next(SCALE).pitch(), 0.0);
    }

    @Test
    void greedyExtensionFollowsTheMostProbableNoteEachTime() {
        RnnSequenceModel m = RnnSequenceModel.untrained(7, 8);
        List<SeqNote> ext = m.extend(SCALE.subList(0, 2), 4, 0.0, new Random(1));
        assertEquals(4, ext.size());
        List<SeqNote> melody = new ArrayList<>(SCALE.subList(0, 2));
        for (SeqNote n : ext) {
            NextNote p = m.next(melody);
            assertEquals(p.topPitch(), n.pitch());
            assertEquals(p.topDuration(), n.duration());
            melody.add(n);
        }
    }

    @Test
    void trainingOnARepeatedPhraseLearnsItAndReportsEveryEpoch() {
        List<SeqNote> phrase = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            phrase.addAll(SCALE);
        }
        TrainingData data = new TrainingData(
                "test",
                List.of(new NoteSequence("a", phrase), new NoteSequence("b", phrase)),
                List.of(new NoteSequence("v", phrase)));
        List<TrainingStatus> seen = new ArrayList<>();
        TrainingListener listener = seen::add;
        SequenceModel m = new RnnModelKind()
                .train(
                        data,
                        new TrainingOptions(Map.of("hidden", "16", "epochs", "60", "eta", "0.3", "patience", "60")),
                        listener);
        assertEquals(60, seen.size());
        double first = seen.get(0).validBits();
        double last = Evaluation.teacherForced(m, data.valid()).pitchBitsPerNote();
        assertTrue(last < first / 3, "valid pitch bits " + first + " → " + last);
        assertEquals(67, m.next(phrase.subList(0, 4)).topPitch()); // after C D E F comes G
    }

    @Test
    void unknownTrainingOptionIsRejectedByName() {
        TrainingData data = new TrainingData("test", List.of(new NoteSequence("a", SCALE)), List.of());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new RnnModelKind().train(data, new TrainingOptions(Map.of("hiden", "8")), TrainingListener.NONE));
        assertTrue(e.getMessage().contains("hiden"), e.getMessage());
    }
}
