package bachprop.seq.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.RealData;
import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.Extension;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.lstm.Features;
import bachprop.seq.lstm.Lstm;
import bachprop.seq.lstm.LstmModel;
import bachprop.seq.ngram.NgramKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The extender's model alone (no JavaFX), on the real JSB test chorales (tagged corpus: skipped when absent). */
@Tag("corpus")
class ExtenderModelTest {
    @BeforeEach
    void realCorpus() {
        RealData.assumeJsb(); // the real corpus, or a visible skip
    }

    static Corpus jsb;
    static Map<String, SequenceModel> models = new LinkedHashMap<>();

    @BeforeAll
    static void models() {
        if (!RealData.hasJsb()) {
            return; // each test then skips, with its reason, in realCorpus()
        }
        jsb = Corpora.load("jsb");
        models.put(
                "ngram",
                new NgramKind()
                        .train(
                                new TrainingData(
                                        "jsb",
                                        jsb.train().subList(0, 20),
                                        jsb.valid().subList(0, 5)),
                                new TrainingOptions(Map.of("max-order", "2")),
                                TrainingListener.NONE));
        models.put("lstm", new LstmModel(Lstm.random(Features.WIDTH, 8, 46, 16, new Random(1)), Map.of()));
    }

    @Test
    void everyModelExtendsTheSameOpeningAndSteppingRevealsNoteByNote() {
        ExtenderModel m =
                new ExtenderModel(jsb, models, Map.of("rnn", "no trained model yet"), "test:305", 8, 12, 1.0, 1);
        List<Extension> ext = m.extensions();
        assertEquals(2, ext.size());
        for (Extension e : ext) {
            assertEquals(jsb.melody("test:305").notes().subList(0, 8), e.opening());
            assertEquals(12, e.added().size());
            assertEquals(12, e.bach().size());
        }
        assertEquals(12, m.revealed());
        m.reset();
        assertEquals(0, m.revealed());
        assertTrue(m.forward());
        assertEquals(1, m.revealed());
        assertTrue(m.back());
        assertFalse(m.back());
        m.seek(99);
        assertFalse(m.forward());
        Map<String, Object> numbers = m.numbers();
        assertEquals("test:305", numbers.get("chorale"));
        assertEquals(List.of("ngram", "lstm"), List.copyOf(((Map<?, ?>) numbers.get("models")).keySet()));
        assertEquals(Map.of("rnn", "no trained model yet"), numbers.get("missing"));
    }

    @Test
    void theSameSeedGivesTheSameContinuationsAndANewDrawDiffers() {
        ExtenderModel a = new ExtenderModel(jsb, models, Map.of(), "test:310", 4, 16, 1.0, 7);
        ExtenderModel b = new ExtenderModel(jsb, models, Map.of(), "test:310", 4, 16, 1.0, 7);
        assertEquals(a.extensions(), b.extensions());
        List<Extension> before = a.extensions();
        a.resample();
        assertFalse(before.equals(a.extensions()), "a new draw samples new notes");
    }

    @Test
    void anOpeningLongerThanTheChoraleIsRefusedClearly() {
        ExtenderModel m = new ExtenderModel(jsb, models, Map.of(), "test:305", 8, 4, 1.0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.choose("test:305", 500));
        assertTrue(e.getMessage().contains("test:305"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.choose("test:9999", 4));
    }
}
