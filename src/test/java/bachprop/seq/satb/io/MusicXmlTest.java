package bachprop.seq.satb.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.Key;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The MusicXML writer, read back with the JDK's XML parser. */
class MusicXmlTest {
    /** Voice v of the score with {@code offset} rests before it, to whole bars of {@code bar}. */
    static int[] expected(int[][] score, int v, int bar, int offset) {
        int bars = Math.max(1, (offset + score.length + bar - 1) / bar);
        int[] out = new int[bars * bar];
        for (int t = 0; t < score.length; t++) {
            out[offset + t] = score[t][v];
        }
        return out;
    }

    static void checkReadsBack(int[][] score, MusicXml.Layout layout) throws Exception {
        Document doc = ReadBack.xml(MusicXml.write(score, layout));
        assertEquals("4.0", doc.getDocumentElement().getAttribute("version"));
        List<ReadBack.Part> parts = ReadBack.parts(doc);
        assertEquals(
                List.of("Soprano", "Alto", "Tenor", "Bass"),
                parts.stream().map(ReadBack.Part::name).toList());
        int bars = parts.get(0).measureLengths().size();
        for (int v = 0; v < 4; v++) {
            ReadBack.Part p = parts.get(v);
            assertEquals(bars, p.measureLengths().size(), "every part has as many bars");
            for (int m = 0; m < bars; m++) {
                assertEquals(layout.bar(), p.measureLengths().get(m), p.name() + " bar " + (m + 1));
            }
            assertArrayEquals(expected(score, v, layout.bar(), layout.offset()), p.tokens(), p.name());
            // a held note is one sound: as many onsets as the score has runs of one sounding token
            assertEquals(ReadBack.runs(score, v).size(), p.onsets(), p.name() + " onsets");
            List<ReadBack.Written> n = p.notes();
            for (int i = 0; i < n.size(); i++) {
                boolean next = i + 1 < n.size() && n.get(i + 1).tieStop();
                assertEquals(
                        n.get(i).tieStart(), next, p.name() + " note " + i + ": a tie start is followed by its stop");
                if (next) {
                    assertEquals(n.get(i).token(), n.get(i + 1).token(), "a tie joins equal pitches");
                }
            }
        }
    }

    @Test
    void everyBarOfEveryPartIsFullAndThePitchesReadBackEqualTheScore() throws Exception {
        checkReadsBack(FourVoiceWritersTest.handMade(), new MusicXml.Layout("hand-made", 16, 0, 1, false));
        for (long seed = 1; seed <= 6; seed++) {
            int[][] score = FourVoiceWritersTest.random(seed, 50 + (int) seed * 37);
            checkReadsBack(score, new MusicXml.Layout("random " + seed, 16, 0, (int) seed - 3, seed % 2 == 0));
        }
    }

    @Test
    void aThreeFourMelodyWithAnUpbeatStartsAfterRestsAndKeepsItsBars() throws Exception {
        int[][] score = FourVoiceWritersTest.random(9, 100);
        MusicXml.Layout layout = new MusicXml.Layout("3/4 upbeat", 12, 8, -2, false);
        checkReadsBack(score, layout);
        Document doc = ReadBack.xml(MusicXml.write(score, layout));
        assertEquals("3", ReadBack.text(doc.getDocumentElement(), "beats"));
        assertEquals("4", ReadBack.text(doc.getDocumentElement(), "beat-type"));
        assertEquals("-2", ReadBack.text(doc.getDocumentElement(), "fifths"));
    }

    @Test
    void theClefsAreTrebleTrebleTrebleAnOctaveDownAndBass() throws Exception {
        Document doc = ReadBack.xml(
                MusicXml.write(FourVoiceWritersTest.handMade(), MusicXml.Layout.of("x", new Key(7, false))));
        NodeList clefs = doc.getElementsByTagName("clef");
        String[] expected = {"G2", "G2", "G2-1", "F4"};
        for (int v = 0; v < 4; v++) {
            Element c = (Element) clefs.item(v);
            String change = ReadBack.text(c, "clef-octave-change");
            assertEquals(
                    expected[v], ReadBack.text(c, "sign") + ReadBack.text(c, "line") + (change == null ? "" : change));
        }
        assertEquals("1", ReadBack.text(doc.getDocumentElement(), "fifths"), "G major: one sharp");
        assertEquals("4", ReadBack.text(doc.getDocumentElement(), "divisions"));
    }

    @Test
    void keysGiveTheirSignatures() {
        assertEquals(0, MusicXml.Layout.fifths(new Key(0, false)));
        assertEquals(0, MusicXml.Layout.fifths(new Key(9, true)), "A minor");
        assertEquals(-1, MusicXml.Layout.fifths(new Key(2, true)), "D minor");
        assertEquals(-3, MusicXml.Layout.fifths(new Key(3, false)), "Eb major");
        assertEquals(4, MusicXml.Layout.fifths(new Key(1, true)), "C# minor");
        assertEquals(-4, MusicXml.Layout.fifths(new Key(5, true)), "F minor");
    }

    @Test
    void pitchesAreSpelledInTheKeyWithTheLeadingNoteRaised() {
        Spelling dMinor = new Spelling(-1);
        assertEquals("C#5", dMinor.spell(73).toString(), "D minor's leading note");
        assertEquals("Bb4", dMinor.spell(70).toString());
        Spelling c = new Spelling(0);
        assertEquals("F#4", c.spell(66).toString());
        assertEquals("G#4", c.spell(68).toString(), "A minor's leading note in C");
        assertEquals("Bb3", c.spell(58).toString());
        Spelling eFlat = new Spelling(-3);
        assertEquals("Ab4", eFlat.spell(68).toString());
        assertEquals("Eb4", eFlat.spell(63).toString());
        assertEquals("D4", eFlat.spell(62).toString());
        Spelling cSharpMinor = new Spelling(4);
        assertEquals("B#3", cSharpMinor.spell(60).toString(), "C# minor's leading note");
        assertEquals(60, cSharpMinor.spell(60).midi(), "B#3 is MIDI 60");
        for (int f = -7; f <= 7; f++) {
            for (int midi = 36; midi <= 81; midi++) {
                assertEquals(midi, new Spelling(f).spell(midi).midi(), "fifths " + f + " midi " + midi);
            }
        }
    }

    @Test
    void anAccidentalIsWrittenOnlyWhereTheKeyAndTheBarDoNotGiveIt() throws Exception {
        // G major, soprano: F#4 (in the key), F4 (natural), F4 again (natural still in force), then the next bar F#4
        // again
        int[][] score = new int[32][4];
        int[] sopr = {66, 65, 65, 66};
        for (int t = 0; t < 32; t++) {
            int[] plan = {sopr[0], sopr[1], 0, sopr[2]};
            int midi = t < 16 ? plan[t / 4] : sopr[3];
            score[t][0] = midi == 0 ? 0 : midi - 35;
        }
        // rest at 8..11 keeps the third F a new note in the same bar
        Document doc = ReadBack.xml(MusicXml.write(score, new MusicXml.Layout("acc", 16, 0, 1, false)));
        Element soprano = (Element) doc.getElementsByTagName("part").item(0);
        NodeList notes = soprano.getElementsByTagName("note");
        assertNull(ReadBack.text((Element) notes.item(0), "accidental"), "F# in G major");
        assertEquals("natural", ReadBack.text((Element) notes.item(1), "accidental"));
        assertNull(ReadBack.text((Element) notes.item(3), "accidental"), "the natural holds to the bar's end");
        assertNull(ReadBack.text((Element) notes.item(4), "accidental"), "a new bar: the key's F# again");
        assertTrue(MusicXml.write(score, new MusicXml.Layout("a<&>", 16, 0, 1, false))
                .contains("a&lt;&amp;&gt;"));
    }
}
