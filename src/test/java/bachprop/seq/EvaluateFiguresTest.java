package bachprop.seq;

import static bachprop.chapter.ProseFigures.assertFigure;
import static bachprop.chapter.ProseFigures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import bachprop.music.data.RealData;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.StmSettings;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures that chapters 8 and 9 quote from {@code bachprop chorale evaluate --model M --json}
 * (chapters/08-rnn/chapter.md, chapters/09-extender/chapter.md "What the models reach"), recomputed
 * as that command computes them: the model files shipped with the program, the 77 JSB test
 * chorales, the defaults (openings of 8 notes, 32 sampled notes, 4 samples, temperature 1, seed 1).
 * Sampling is seeded, so the sampled measures are reproducible. About 10 s on two cores.
 */
@Tag("corpus")
class EvaluateFiguresTest {
    static Corpus jsb;
    static final Map<String, Map<String, Object>> RESULTS = new HashMap<>();

    @BeforeAll
    static void loadTheCorpus() {
        RealData.assumeJsb();
        jsb = Corpora.load("jsb");
    }

    /** What {@code evaluate --model kind --json} prints for the shipped model (each model evaluated once). */
    static Map<String, Object> evaluate(String kind) throws Exception {
        if (!RESULTS.containsKey(kind)) {
            SequenceModel model = loadShipped(kind);
            RESULTS.put(kind, Evaluation.evaluate(model, "jsb:test", jsb.test(), Evaluation.Options.defaults()));
        }
        return RESULTS.get(kind);
    }

    /** The model file shipped with the program for this kind, as its file says (the LSTM with its STM). */
    static SequenceModel loadShipped(String kind) throws Exception {
        String resource = "/bachprop/models/" + kind + "-jsb.bpm";
        try (InputStream in = SequenceModel.class.getResourceAsStream(resource)) {
            assertNotNull(in, "the shipped model " + resource);
            return ModelFile.load(in, Path.of(kind + "-jsb.bpm"));
        }
    }

    /** The value at a path of the JSON, like {@code generation.model.notes}. */
    /** Chapter 9's table, "What the models reach": one row per shipped model. */
    @Test
    void everyShippedModelReachesTheFiguresOfChapter9sTable() throws Exception {
        String[] columns = {
            "teacherForced.pitchBitsPerNote",
            "teacherForced.pitchAccuracy",
            "teacherForced.durationAccuracy",
            "generation.intervalKlBits",
            "generation.model.leapsBeyondOctave"
        };
        Map<String, String[]> table = Map.of(
                "mlp", new String[] {"3.890", "18.8%", "51.7%", "1.430", "1537"},
                "ngram", new String[] {"1.720", "61.8%", "63.1%", "0.019", "11"},
                "rnn", new String[] {"2.072", "52.6%", "63.7%", "0.027", "22"},
                "lstm", new String[] {"1.285", "71.0%", "67.3%", "0.018", "0"});
        for (String kind : List.of("mlp", "ngram", "rnn", "lstm")) {
            Map<String, Object> r = evaluate(kind);
            assertEquals(3794, at(r, "teacherForced.notes"), "test notes");
            for (int c = 0; c < columns.length; c++) {
                assertFigure(table.get(kind)[c], at(r, columns[c]), kind + ", " + columns[c]);
            }
        }
    }

    /**
     * Chapter 9, "The product's two memories": the shipped LSTM with and without its short-term
     * model, as {@code evaluate --model lstm --stm 0 --json} computes the second. The shipped model
     * draws its continuations from its long-term model alone (the networks with the n-gram joined;
     * chosen on validation), so both sample the same.
     */
    @Test
    void theShortTermModelSaves0Point019BitsAndTheContinuationsDrawnFromTheLongTermModelNeverLeap() throws Exception {
        Map<String, Object> both = evaluate("lstm");
        SequenceModel shipped = loadShipped("lstm");
        assertEquals("lstm", shipped.kind());
        SequenceModel networksOnly = LongShortTerm.of(shipped, StmSettings.OFF);
        Map<String, Object> alone =
                Evaluation.evaluate(networksOnly, "jsb:test", jsb.test(), Evaluation.Options.defaults());
        assertFigure("1.304", at(alone, "teacherForced.pitchBitsPerNote"), "the long-term model alone, bits");
        assertFigure("70.0%", at(alone, "teacherForced.pitchAccuracy"), "the long-term model alone, accuracy");
        assertFigure("1.285", at(both, "teacherForced.pitchBitsPerNote"), "with the STM, bits");
        assertFigure("71.0%", at(both, "teacherForced.pitchAccuracy"), "with the STM, accuracy");
        assertFigure(
                "0.019",
                at(alone, "teacherForced.pitchBitsPerNote") - at(both, "teacherForced.pitchBitsPerNote"),
                "bits saved");
        assertFigure(
                "1.0",
                100 * (at(both, "teacherForced.pitchAccuracy") - at(alone, "teacherForced.pitchAccuracy")),
                "points of accuracy gained");
        assertEquals(alone.get("generation"), both.get("generation"), "the same continuations");
        assertEquals(0, at(both, "generation.model.leapsBeyondOctave"), "with the STM: no leap");
        assertFigure("9,048", at(both, "generation.model.notes"), "sampled steps");
        assertEquals(0, at(both, "generation.bach.leapsBeyondOctave"), "Bach: none");
    }

    @Test
    void theTextsMlpLeaps1537TimesIn9048SampledSteps() throws Exception {
        Map<String, Object> mlp = evaluate("mlp");
        assertFigure("1,537", at(mlp, "generation.model.leapsBeyondOctave"), "leaps beyond an octave");
        assertFigure(
                "9,048", at(mlp, "generation.model.notes"), "sampled steps (77 chorales × 4 × 32 minus short ones)");
    }

    /** Chapter 8's last paragraph on the RNN's sampled continuations. */
    @Test
    void theRnnsSamplesLeap2Point3SemitonesWithin0Point027BitsAnd78PercentInTheKey() throws Exception {
        Map<String, Object> rnn = evaluate("rnn");
        assertFigure("2.3", at(rnn, "generation.model.meanAbsInterval"), "mean leap");
        assertFigure("2.1", at(rnn, "generation.bach.meanAbsInterval"), "Bach's mean leap");
        assertFigure("0.027", at(rnn, "generation.intervalKlBits"), "interval KL");
        assertFigure("78%", at(rnn, "generation.model.inKeyShare"), "notes in the key");
        assertFigure("97%", at(rnn, "generation.bach.inKeyShare"), "Bach's notes in the key");
        assertFigure("22", at(rnn, "generation.model.leapsBeyondOctave"), "leaps beyond an octave");
        assertFigure("9,048", at(rnn, "generation.model.notes"), "sampled steps");
        assertEquals(0, at(rnn, "generation.bach.leapsBeyondOctave"), "Bach: none");
    }

    /** Chapter 9: "Bach's sopranos have none in the 17,598 steps between the notes of all 382 chorales". */
    @Test
    void bachsSopranosLeapBeyondAnOctaveNowhereIn17598Steps() {
        Evaluation.Continuations all = new Evaluation.Continuations();
        int melodies = 0;
        for (String split : List.of("train", "valid", "test")) {
            for (NoteSequence m : jsb.split(split)) {
                List<SeqNote> notes = m.notes();
                all.add(notes.get(0), notes.subList(1, notes.size()), null);
                melodies++;
            }
        }
        assertEquals(382, melodies);
        Map<String, Object> json = all.toJson();
        assertFigure("17,598", ((Number) json.get("notes")).doubleValue(), "steps between notes");
        assertEquals(0, ((Number) json.get("leapsBeyondOctave")).intValue(), "leaps beyond an octave");
    }
}
