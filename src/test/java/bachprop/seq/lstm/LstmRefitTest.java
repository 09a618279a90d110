package bachprop.seq.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.ModelFile;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LstmRefitTest {
    @TempDir
    Path dir;

    static List<SeqNote> melody(Random rng, int n) {
        List<SeqNote> m = new ArrayList<>();
        int p = 67;
        for (int i = 0; i < n; i++) {
            p = Math.max(60, Math.min(79, p + rng.nextInt(5) - 2));
            m.add(new SeqNote(p, 1 + rng.nextInt(8)));
        }
        return m;
    }

    static TrainingData tiny() {
        Random rng = new Random(7);
        List<NoteSequence> train = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            train.add(new NoteSequence("train:" + i, melody(rng, 20)));
        }
        List<NoteSequence> valid =
                List.of(new NoteSequence("valid:0", melody(rng, 15)), new NoteSequence("valid:1", melody(rng, 15)));
        return new TrainingData("tiny", train, valid);
    }

    @Test
    @SuppressWarnings("unchecked")
    void refitMembersRunExactlyTheScoutsKeptEpochsOnTrainAndValidation() {
        TrainingOptions o = new TrainingOptions(
                Map.of("hidden", "4", "members", "2", "epochs", "6", "patience", "2", "threads", "1", "top-p", "0.9"));
        LstmModel model = new LstmTrainer(o).train(tiny(), TrainingListener.NONE);
        Map<String, Object> scout = (Map<String, Object>) model.info().get("scout");
        int kept = ((Number) scout.get("bestEpoch")).intValue();
        assertTrue(kept >= 1 && kept <= 6, "the scout kept epoch " + kept);
        List<Map<String, Object>> nets =
                (List<Map<String, Object>>) model.info().get("networks");
        assertEquals(2, nets.size());
        for (Map<String, Object> run : nets) {
            assertEquals(kept, ((Number) run.get("epochs")).intValue(), "a refit runs the scout's epochs");
            assertFalse(run.containsKey("validBitsPerNote"), "a refit has no validation melodies left to score");
            assertEquals(kept, ((List<Object>) run.get("schedule")).size());
        }
        assertEquals(0.9, model.topP, 0.0);
    }

    @Test
    void withoutRefitTheMembersAreEarlyStoppedOnValidation() {
        TrainingOptions o =
                new TrainingOptions(Map.of("hidden", "4", "members", "1", "epochs", "3", "refit", "0", "threads", "1"));
        LstmModel model = new LstmTrainer(o).train(tiny(), TrainingListener.NONE);
        assertFalse(model.info().containsKey("scout"));
        assertEquals(1, model.networks().size());
    }

    @Test
    void topPSurvivesTheModelFile() throws Exception {
        LstmModel model = new LstmModel(List.of(Lstm.random(Features.WIDTH, 3, 46, 16, new Random(1))), Map.of(), 0.93);
        Path f = dir.resolve("lstm.bpm");
        ModelFile.save(model, f);
        SequenceModel back = ModelFile.load(f);
        assertEquals(0.93, ((LstmModel) back).topP, 0.0);
        assertTrue(back.describe().contains("top-p 0.93)"), back.describe());
    }
}
