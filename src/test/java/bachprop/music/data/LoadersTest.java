package bachprop.music.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.Melody;
import bachprop.music.Note;
import bachprop.music.Split;
import bachprop.util.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loaders on data the tests write ({@link TinyData}); the tests tagged {@code corpus} check the real corpus's counts. */
class LoadersTest {
    @Test
    void tinyJsbTreeLoadsWithItsSplitsAndIds(@TempDir Path dir) throws IOException {
        JsbChorales jsb = JsbChorales.load(TinyData.writeRoot(dir));
        assertEquals(
                TinyData.JSB_COUNTS,
                List.of(
                        jsb.chorales(Split.TRAIN).size(),
                        jsb.chorales(Split.VALID).size(),
                        jsb.chorales(Split.TEST).size()));
        assertEquals("jsb/train/chorale_000", jsb.train().get(0).id());
        assertEquals(48, jsb.chorales(Split.TRAIN).get(0).length());
        assertTrue(jsb.train().get(0).size() <= 12, "runs of equal sixteenths are one note: at most one per beat");
    }

    @Test
    void tinyUciFileLoadsWithKeyMetreRestsAndFermatas(@TempDir Path dir) throws IOException {
        UciChorales uci = UciChorales.load(TinyData.writeRoot(dir));
        assertEquals(TinyData.UCI_MELODIES, uci.size());
        Melody first = uci.melodies().get(0);
        assertEquals("uci/1", first.id());
        assertEquals(0, first.keySignature());
        assertEquals(16, first.barLength());
        assertEquals(13, first.size(), "12 notes and the one rest in the gap after the 7th");
        assertTrue(first.note(7).isRest(), first.toString());
        assertTrue(first.fermatas().contains(12), "the last event carries a fermata");
    }

    @Test
    @Tag("corpus")
    void jsbHas382ChoralesSplit229_76_77() {
        JsbChorales jsb = JsbChorales.load(RealData.jsb());
        assertEquals(229, jsb.chorales(Split.TRAIN).size());
        assertEquals(76, jsb.chorales(Split.VALID).size());
        assertEquals(77, jsb.chorales(Split.TEST).size());
        assertEquals(382, jsb.size());
        assertEquals("jsb/train/chorale_000", jsb.train().get(0).id());
    }

    @Test
    @Tag("corpus")
    void jsbSopranoNotesWithoutRestsNumber17980() {
        // docs/oracles.md: all 382 sopranos, rests dropped, give 17,980 notes (maximal runs).
        JsbChorales jsb = JsbChorales.load(RealData.jsb());
        int n = jsb.all().stream()
                .mapToInt(c -> c.soprano().withoutRests().size())
                .sum();
        assertEquals(17980, n);
    }

    @Test
    void jsbRunsBecomeOneNoteAndZerosBecomeRests(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "note0,note1,note2,note3\n60,1,2,3\n60,1,2,3\n0,1,2,3\n62,1,2,3\n62,1,2,3\n62,1,2,3\n");
        Melody m = JsbChorales.readCsv(f, Split.TRAIN).soprano();
        assertEquals(List.of(new Note(60, 2), Note.rest(1), new Note(62, 3)), m.notes());
        assertEquals(List.of(new Note(60, 2), new Note(62, 3)), m.withoutRests().notes());
        assertEquals(6, m.length());
    }

    @Test
    void jsbBadRowNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "note0,note1,note2,note3\n60,55,50,40\n60,55,x,40\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> JsbChorales.readCsv(f, Split.TRAIN));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(f + ":3: "), e.getMessage());
    }

    @Test
    void jsbPitchOutsideMidiRangeIsRejected(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("high.csv");
        Files.writeString(f, "note0,note1,note2,note3\n60,55,50,40\n128,55,50,40\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> JsbChorales.readCsv(f, Split.TRAIN));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("outside MIDI 0..127"), e.getMessage());
    }

    @Test
    void jsbWrongColumnCountAndMissingHeaderAreRejected(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("cols.csv");
        Files.writeString(f, "note0,note1,note2,note3\n60,55,50\n");
        assertEquals(
                2,
                assertThrows(DataFormatException.class, () -> JsbChorales.readCsv(f, Split.TRAIN))
                        .line());
        Files.writeString(f, "60,55,50,40\n");
        assertEquals(
                1,
                assertThrows(DataFormatException.class, () -> JsbChorales.readCsv(f, Split.TRAIN))
                        .line());
    }

    @Test
    void jsbOneBadFileFailsTheWholeLoad(@TempDir Path dir) throws IOException {
        for (String s : List.of("train", "valid", "test")) {
            Files.createDirectories(dir.resolve(s));
            Files.writeString(dir.resolve(s).resolve("chorale_a.csv"), "note0,note1,note2,note3\n60,55,50,40\n");
        }
        assertEquals(3, JsbChorales.load(dir).size());
        Files.writeString(dir.resolve("test").resolve("chorale_b.csv"), "note0,note1,note2,note3\n60;55;50;40\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> JsbChorales.load(dir));
        assertTrue(e.getMessage().contains("chorale_b.csv:2"), e.getMessage());
    }

    @Test
    @Tag("corpus")
    void uciHas100MelodiesWithKeyMetreAndFermatas() {
        UciChorales uci = UciChorales.load(RealData.uci());
        assertEquals(100, uci.size());
        Melody first = uci.melodies().get(0);
        assertEquals("uci/1", first.id());
        assertEquals(1, first.keySignature());
        assertEquals(12, first.barLength());
        assertEquals(new Note(67, 4), first.note(0));
        assertEquals(new Note(67, 8), first.note(1)); // a repeated pitch stays a separate note
        assertTrue(first.fermatas().contains(9), "the 10th event (st 48) carries a fermata");
        for (Melody m : uci.melodies()) {
            for (Note n : m.notes()) {
                assertTrue(n.isRest() || (n.pitch() >= 60 && n.pitch() <= 79), m.id() + " " + n);
            }
        }
    }

    @Test
    @Tag("corpus")
    void uciGapsBecomeRests() {
        long rests = UciChorales.load(RealData.uci()).melodies().stream()
                .flatMap(m -> m.notes().stream())
                .filter(Note::isRest)
                .count();
        assertEquals(40, rests); // counted independently: 40 places where st > previous st + dur
    }

    @Test
    void uciUnbalancedParenthesisNamesTheLineWhereTheFormOpened(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("chorales.lisp");
        Files.writeString(
                f,
                "(1 ((st 0) (pitch 60) (dur 4) (keysig 0) (timesig 16) (fermata 0)))\n"
                        + "(2 ((st 0) (pitch 60) (dur 4) (keysig 0) (timesig 16) (fermata 0))\n\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> UciChorales.load(f));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unbalanced"), e.getMessage());
        Files.writeString(f, "(1 ((st 0) (pitch 60) (dur 4) (keysig 0) (timesig 16) (fermata 0)))\n)\n");
        assertEquals(
                2,
                assertThrows(DataFormatException.class, () -> UciChorales.load(f))
                        .line());
    }

    @Test
    void uciBadPitchAndMissingAttributeAreRejected(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("chorales.lisp");
        Files.writeString(
                f,
                "(1 ((st 0) (pitch 60) (dur 4) (keysig 0) (timesig 16) (fermata 0))\n"
                        + "((st 4) (pitch 200) (dur 4) (keysig 0) (timesig 16) (fermata 0)))\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> UciChorales.load(f));
        assertEquals(2, e.line());
        Files.writeString(f, "(1 ((st 0) (pitch 60) (keysig 0) (timesig 16) (fermata 0)))\n");
        assertTrue(assertThrows(DataFormatException.class, () -> UciChorales.load(f))
                .getMessage()
                .contains("dur"));
    }

    @Test
    void locatorPrefersOptionThenEnvThenCacheThenCheckout(@TempDir Path dir) throws IOException {
        Path home = dir.resolve("proj");
        Files.createDirectories(home);
        Path cache = dir.resolve("cache");
        // Nothing anywhere yet (the checkout's sibling "shared" does not exist under the temp dir).
        assertFalse(new DataLocator(null, Map.of(), cache, home).locate().isPresent());
        Path shared = dir.resolve("shared/data/uci-bach-chorales");
        Files.createDirectories(shared);
        Files.writeString(shared.resolve("chorales.lisp"), TinyData.uciLisp());
        assertEquals(
                DataLocator.Origin.CHECKOUT,
                new DataLocator(null, Map.of(), cache, home).locate().get().origin());
        Files.createDirectories(cache.resolve("data/uci-bach-chorales"));
        Files.writeString(cache.resolve("data/uci-bach-chorales/chorales.lisp"), TinyData.uciLisp());
        assertEquals(
                DataLocator.Origin.CACHE,
                new DataLocator(null, Map.of(), cache, home).locate().get().origin());
        String env = dir.resolve("shared/data").toString();
        assertEquals(
                DataLocator.Origin.ENVIRONMENT,
                new DataLocator(null, Map.of(DataLocator.ENV, env), cache, home)
                        .locate()
                        .get()
                        .origin());
        assertEquals(
                DataLocator.Origin.OPTION,
                new DataLocator(env, Map.of(), cache, home).locate().get().origin());
        assertThrows(
                BadInputException.class,
                () -> new DataLocator(dir.resolve("nothing").toString(), Map.of(), cache, home).locate());
    }
}
