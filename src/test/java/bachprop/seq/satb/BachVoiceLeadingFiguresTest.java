package bachprop.seq.satb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bachprop.music.Split;
import bachprop.music.data.JsbChorales;
import bachprop.music.data.RealData;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures docs/voice-leading.md quotes for Bach (from {@code bachprop.seq.satb.RuleFigures}),
 * recomputed from the JSB chorales: the voice ranges (train split) and the measures of the test
 * split, whole and over the spans sampled continuations are compared on.
 */
@Tag("corpus")
class BachVoiceLeadingFiguresTest {
    static JsbChorales jsb;

    @BeforeAll
    static void loadTheCorpus() {
        RealData.assumeJsb();
        jsb = JsbChorales.load(RealData.jsb());
    }

    @Test
    void theVoiceRangesAreTheLowestAndHighestNotesOfTheTrainSplit() {
        int[][] r = RuleFigures.ranges(RuleFigures.scores(jsb, Split.TRAIN));
        for (int v = 0; v < Tokens.VOICES; v++) {
            assertArrayEquals(new int[] {VoiceLeading.LOW[v], VoiceLeading.HIGH[v]}, r[v], Tokens.VOICE_NAMES[v]);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void bachsTestSpansHaveTheCountsTheDocsQuote() {
        Map<String, Object> f = RuleFigures.figures(jsb);
        assertEquals(77, f.get("testChorales"));
        Map<String, Object> spans = (Map<String, Object>) ((Map<String, Object>) f.get("spanMeasures")).get("counts");
        assertEquals(29388L, spans.get("transitions"));
        assertEquals(10L, spans.get("parallelFifths"));
        assertEquals(3L, spans.get("parallelOctaves"));
        assertEquals(3393L, spans.get("triadsAndSevenths"));
        assertEquals(4904L, spans.get("completeVerticalities"));
        Map<String, Object> whole = (Map<String, Object>) ((Map<String, Object>) f.get("wholeChorales")).get("counts");
        assertEquals(112377L, whole.get("transitions"));
        assertEquals(35L, whole.get("parallelFifths"));
        assertEquals(8L, whole.get("parallelOctaves"));
        assertEquals(0L, whole.get("outOfRange"));
    }
}
