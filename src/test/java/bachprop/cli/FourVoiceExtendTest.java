package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.Melody;
import bachprop.music.Note;
import bachprop.music.data.RealData;
import bachprop.music.data.UciChorales;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.io.FakeFourVoiceModel;
import bachprop.seq.satb.io.ReadBack;
import bachprop.util.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code extend --voices 4} and {@code harmonise} on the real chorales, with a stand-in model (tagged corpus). */
@Tag("corpus")
class FourVoiceExtendTest {
    @TempDir
    Path dir;

    private FourVoices.Lookup saved;

    @BeforeEach
    void fakeModel() {
        RealData.assumeJsb();
        saved = FourVoices.lookup;
        FourVoices.lookup = (kind, file, progress) -> new FourVoices.Loaded(new FakeFourVoiceModel(), "test");
    }

    @AfterEach
    void restore() {
        FourVoices.lookup = saved;
    }

    @Test
    void extendKeepsBachsOpeningThenAddsTheStepsAndEveryFileHoldsTheScore() throws Exception {
        Path mid = dir.resolve("e.mid");
        Path xml = dir.resolve("e.musicxml");
        Cli r = Cli.run(
                "chorale",
                "extend",
                "--voices",
                "4",
                "--chorale",
                "test:305",
                "--opening",
                "24",
                "--steps",
                "40",
                "--rules",
                "off",
                "--seed",
                "5",
                "--out",
                mid.toString(),
                "--musicxml",
                xml.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        int[][] score = HarmoniseCommandTest.tokens(r.out());
        assertEquals(64, score.length);
        SatbScore bach = FourVoices.chorale("jsb", "test:305");
        for (int t = 0; t < 24; t++) {
            assertArrayEquals(bach.tokens()[t], score[t], "opening step " + t);
        }
        List<ReadBack.MidiTrack> tracks = ReadBack.tracks(mid);
        for (int v = 0; v < 4; v++) {
            assertEquals(ReadBack.runs(score, v), tracks.get(v).notes(), "voice " + v);
        }
        Document doc = ReadBack.xml(xml);
        List<ReadBack.Part> parts = ReadBack.parts(doc);
        // test:305 is 228 sixteenths, 4 mod 16: a quarter upbeat, so step 0 is 12 sixteenths into bar 1
        int offset = 12;
        assertEquals(offset, ((Number) ((Map<?, ?>) Json.parse(r.out())).get("offset")).intValue());
        for (int v = 0; v < 4; v++) {
            assertEquals(5, parts.get(v).measureLengths().size(), "12 + 64 sixteenths are 5 bars");
            parts.get(v).measureLengths().forEach(l -> assertEquals(16, l));
            for (int t = 0; t < 64; t++) {
                assertEquals(score[t][v], parts.get(v).tokens()[offset + t]);
            }
        }
    }

    @Test
    void aWholeBachChoraleReadsBackFromMusicXmlAndMidi() throws Exception {
        // harmonising with the stand-in model keeps Bach's soprano; the same writers as extend
        Path xml = dir.resolve("b.musicxml");
        Cli r = Cli.run(
                "chorale",
                "harmonise",
                "--melody",
                "test:305",
                "--rules",
                "off",
                "--out",
                dir.resolve("b.mid").toString(),
                "--musicxml",
                xml.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        int[][] score = HarmoniseCommandTest.tokens(r.out());
        SatbScore bach = FourVoices.chorale("jsb", "test:305");
        for (int t = 0; t < bach.steps(); t++) {
            assertEquals(bach.token(t, 0), score[t][0]);
        }
        List<ReadBack.Part> parts = ReadBack.parts(ReadBack.xml(xml));
        parts.forEach(p -> p.measureLengths().forEach(l -> assertEquals(16, l)));
        assertEquals(
                bach.tokens().length,
                ReadBack.runs(score, 0).stream()
                                .mapToInt(ReadBack.Timed::length)
                                .sum()
                        + restSteps(score));
    }

    static int restSteps(int[][] score) {
        int n = 0;
        for (int[] s : score) {
            n += s[0] == 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void aUciMelodyKeepsItsThreeFourBarItsUpbeatAndItsKeySignature() throws Exception {
        Melody m = UciChorales.load(RealData.uci()).melodies().get(0); // uci:1, 3/4 with an upbeat of a quarter
        Path xml = dir.resolve("u.musicxml");
        Cli r = Cli.run(
                "chorale",
                "harmonise",
                "--melody",
                "uci:1",
                "--rules",
                "off",
                "--out",
                dir.resolve("u.mid").toString(),
                "--musicxml",
                xml.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        int[][] score = HarmoniseCommandTest.tokens(r.out());
        int t = 0;
        for (Note n : m.notes()) {
            for (int k = 0; k < n.duration(); k++, t++) {
                assertEquals(n.isRest() ? 0 : n.pitch() - 35, score[t][0], "soprano at " + t);
            }
        }
        Document doc = ReadBack.xml(xml);
        assertEquals(String.valueOf(m.keySignature()), ReadBack.text(doc.getDocumentElement(), "fifths"));
        assertEquals("3", ReadBack.text(doc.getDocumentElement(), "beats"));
        List<ReadBack.Part> parts = ReadBack.parts(doc);
        int offset = m.firstOnset() % m.barLength();
        for (int v = 0; v < 4; v++) {
            parts.get(v).measureLengths().forEach(l -> assertEquals(12, l));
            for (int s = 0; s < offset; s++) {
                assertEquals(0, parts.get(v).tokens()[s], "the upbeat's bar starts with rests");
            }
            for (int s = 0; s < score.length; s++) {
                assertEquals(score[s][v], parts.get(v).tokens()[offset + s]);
            }
        }
    }

    @Test
    void anUnknownChoraleOrTooLongAnOpeningIsOneLineExitTwoAndNoFile() {
        Path mid = dir.resolve("x.mid");
        Cli r = Cli.run(
                "chorale",
                "extend",
                "--voices",
                "4",
                "--chorale",
                "test:9999",
                "--out",
                mid.toString(),
                "--rules",
                "off");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("test:9999") && r.err().strip().lines().count() == 1, r.err());
        assertTrue(!mid.toFile().exists());
        Cli r2 = Cli.run(
                "chorale",
                "extend",
                "--voices",
                "4",
                "--chorale",
                "test:305",
                "--opening",
                "100000",
                "--out",
                mid.toString(),
                "--rules",
                "off");
        assertEquals(2, r2.code());
        assertTrue(
                r2.err().contains("--opening 100000")
                        && r2.err().strip().lines().count() == 1,
                r2.err());
        assertTrue(!mid.toFile().exists());
        Cli r3 = Cli.run("chorale", "harmonise", "--melody", "uci:999", "--out", mid.toString());
        assertEquals(2, r3.code());
        assertTrue(r3.err().contains("uci:999") && r3.err().strip().lines().count() == 1, r3.err());
        Cli r4 = Cli.run(
                "chorale",
                "extend",
                "--chorale",
                "test:305",
                "--model",
                "ngram",
                "--steps",
                "4",
                "--out",
                mid.toString());
        assertEquals(2, r4.code());
        assertTrue(r4.err().contains("--steps needs --voices 4"), r4.err());
        assertTrue(!mid.toFile().exists());
    }
}
