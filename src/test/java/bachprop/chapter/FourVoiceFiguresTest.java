package bachprop.chapter;

import static bachprop.chapter.ProseFigures.assertFigure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bachprop.music.data.RealData;
import bachprop.seq.satb.FourVoiceFile;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoiceStore;
import bachprop.seq.satb.SatbCorpus;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.TokenMetric;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Chapter 10's figures of the shipped four-voice models on the JSB test split, teacher-forced
 * (chapters/figures.tsv rows naming this test): what {@code bachprop chorale evaluate --voices 4
 * --model satb|satb-ngram --samples 0} prints. Each figure must round to the prose's digits.
 */
@Tag("corpus")
class FourVoiceFiguresTest {
    @BeforeEach
    void realCorpus() {
        RealData.assumeJsb();
    }

    static TokenMetric.Figures shipped(String kind, List<SatbScore> test) throws Exception {
        String res = FourVoiceStore.resourceName(kind);
        try (InputStream in = FourVoiceFiguresTest.class.getResourceAsStream(res)) {
            FourVoiceModel m = FourVoiceFile.load(in, Path.of("classpath:" + res));
            return TokenMetric.of(m, test, null);
        }
    }

    @Test
    void theShippedSatbLstmScoresTheChaptersBitsPerTokenAndAccuracyOnTheTestSplit() throws Exception {
        List<SatbScore> test = SatbCorpus.load("jsb").split("test");
        TokenMetric.Figures f = shipped("satb", test);
        assertEquals(75600, f.tokens(), "test tokens");
        assertFigure("0.619", f.bitsPerToken(), "satb bits per token");
        assertFigure("86.3%", f.accuracy(), "satb accuracy");
        assertFigure("2.11", f.onsetBitsPerToken(), "satb bits per onset");
    }

    @Test
    void theShippedSatbNgramScoresTheChaptersFloorOnTheTestSplit() throws Exception {
        List<SatbScore> test = SatbCorpus.load("jsb").split("test");
        TokenMetric.Figures f = shipped("satb-ngram", test);
        assertFigure("0.760", f.bitsPerToken(), "satb-ngram bits per token");
        assertFigure("83.9%", f.accuracy(), "satb-ngram accuracy");
    }
}
