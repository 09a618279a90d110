package bachprop.chapter;

import static bachprop.chapter.ProseFigures.assertFigure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.RealData;
import bachprop.seq.satb.FourVoiceFile;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoiceStore;
import bachprop.seq.satb.PieceMemoryModel;
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
 * --model satb|satb-ngram --samples 0} prints, and the long-term models alone (without the piece memory). Each figure must round to the prose's digits.
 */
@Tag("corpus")
class FourVoiceFiguresTest {
    @BeforeEach
    void realCorpus() {
        RealData.assumeJsb();
    }

    static FourVoiceModel shipped(String kind) throws Exception {
        String res = FourVoiceStore.resourceName(kind);
        try (InputStream in = FourVoiceFiguresTest.class.getResourceAsStream(res)) {
            return FourVoiceFile.load(in, Path.of("classpath:" + res));
        }
    }

    @Test
    void theShippedSatbLstmScoresTheChaptersFiguresWithAndWithoutItsPieceMemory() throws Exception {
        SatbCorpus jsb = SatbCorpus.load("jsb");
        assertEquals(229, jsb.train().size(), "training chorales");
        List<SatbScore> test = jsb.split("test");
        FourVoiceModel m = shipped("satb");
        TokenMetric.Figures alone = TokenMetric.of(PieceMemoryModel.longTermOf(m), test, null);
        assertEquals(75600, alone.tokens(), "test tokens");
        assertFigure("0.619", alone.bitsPerToken(), "satb bits per token without the memory");
        assertFigure("86.3%", alone.accuracy(), "satb accuracy without the memory");
        assertTrue(PieceMemoryModel.weightsOf(m).on(), "the shipped satb has a piece memory");
        TokenMetric.Figures f = TokenMetric.of(m, test, null);
        assertFigure("0.567", f.bitsPerToken(), "satb bits per token");
        assertFigure("87.6%", f.accuracy(), "satb accuracy");
        assertFigure("1.95", f.onsetBitsPerToken(), "satb bits per onset");
    }

    @Test
    void theShippedSatbNgramScoresTheChaptersFloorWithAndWithoutItsPieceMemory() throws Exception {
        List<SatbScore> test = SatbCorpus.load("jsb").split("test");
        FourVoiceModel m = shipped("satb-ngram");
        TokenMetric.Figures alone = TokenMetric.of(PieceMemoryModel.longTermOf(m), test, null);
        assertFigure("0.760", alone.bitsPerToken(), "satb-ngram bits per token without the memory");
        assertFigure("83.9%", alone.accuracy(), "satb-ngram accuracy without the memory");
        TokenMetric.Figures f = TokenMetric.of(m, test, null);
        assertFigure("0.693", f.bitsPerToken(), "satb-ngram bits per token");
        assertFigure("85.5%", f.accuracy(), "satb-ngram accuracy");
    }
}
