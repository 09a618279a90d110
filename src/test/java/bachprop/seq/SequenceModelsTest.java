package bachprop.seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model kinds come from the typed list in seq.kinds, found through META-INF/services. */
class SequenceModelsTest {
    @Test
    void theFourKindsAreFoundInTheirOrderAndEachNamesItself() {
        assertEquals(List.of("mlp", "ngram", "rnn", "lstm"), List.copyOf(SequenceModels.names()));
        for (String name : SequenceModels.names()) {
            assertEquals(name, SequenceModels.kind(name).name());
        }
    }

    @Test
    void eachCallMakesANewKindAndAnUnknownNameListsTheKnownOnes() {
        assertNotSame(SequenceModels.kind("ngram"), SequenceModels.kind("ngram"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SequenceModels.kind("gru"));
        assertEquals("unknown model 'gru' (known: mlp, ngram, rnn, lstm)", e.getMessage());
    }
}
