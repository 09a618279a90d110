package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.Note;
import bachprop.music.sound.Line;
import bachprop.music.sound.MidiFiles;
import bachprop.seq.satb.io.FakeFourVoiceModel;
import bachprop.seq.satb.io.ReadBack;
import bachprop.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorale harmonise} on MIDI melodies (no corpus needed), with a stand-in four-voice model. */
class HarmoniseCommandTest {
    @TempDir
    Path dir;

    private FourVoices.Lookup saved;

    @BeforeEach
    void fakeModel() {
        saved = FourVoices.lookup;
        FourVoices.lookup = (kind, file, progress) -> new FourVoices.Loaded(new FakeFourVoiceModel(), "test");
    }

    @AfterEach
    void restore() {
        FourVoices.lookup = saved;
    }

    static final List<Note> MELODY =
            List.of(new Note(67, 4), new Note(67, 4), new Note(74, 8), Note.rest(4), new Note(71, 6), new Note(69, 2));

    /** Voice tokens of a score in the JSON. */
    @SuppressWarnings("unchecked")
    static int[][] tokens(String json) {
        List<List<Number>> rows = (List<List<Number>>) ((Map<String, Object>) Json.parse(json)).get("tokens");
        return rows.stream()
                .map(r -> r.stream().mapToInt(Number::intValue).toArray())
                .toArray(int[][]::new);
    }

    @Test
    void aMidiMelodyGetsThreeVoicesUnderItAndEveryFileReadsBackAsTheScore() throws Exception {
        Path melody = dir.resolve("melody.mid");
        MidiFiles.write(List.of(Line.of("tune", MELODY)), 100, melody);
        Path mid = dir.resolve("h.mid");
        Path wav = dir.resolve("h.wav");
        Path xml = dir.resolve("h.musicxml");
        Cli r = Cli.run(
                "chorale",
                "harmonise",
                "--melody",
                melody.toString(),
                "--rules",
                "off",
                "--out",
                mid.toString(),
                "--wav",
                wav.toString(),
                "--musicxml",
                xml.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        int[][] score = tokens(r.out());
        assertEquals(28, score.length, "the melody's 28 sixteenths");
        int t = 0;
        for (Note n : MELODY) { // the soprano is the melody (a repeated note becomes a held one: tokens cannot tell)
            for (int k = 0; k < n.duration(); k++, t++) {
                assertEquals(n.isRest() ? 0 : n.pitch() - 35, score[t][0], "soprano at " + t);
            }
        }
        List<ReadBack.MidiTrack> tracks = ReadBack.tracks(mid);
        assertEquals(4, tracks.size());
        for (int v = 0; v < 4; v++) {
            assertEquals(ReadBack.runs(score, v), tracks.get(v).notes(), "voice " + v);
        }
        assertEquals(60_000_000 / 100, tempo(mid), "the melody's tempo is kept");
        List<ReadBack.Part> parts = ReadBack.parts(ReadBack.xml(xml));
        for (int v = 0; v < 4; v++) {
            for (int length : parts.get(v).measureLengths()) {
                assertEquals(16, length);
            }
            for (int s = 0; s < score.length; s++) {
                assertEquals(score[s][v], parts.get(v).tokens()[s]);
            }
        }
        assertTrue(Files.size(wav) > 44 + 4 * 22050, "a stereo WAV of more than a second");
    }

    @Test
    void withTheRulesOnTheSameMelodyIsHarmonisedAndItsSopranoKept() throws Exception {
        Path melody = dir.resolve("melody.mid");
        MidiFiles.write(List.of(Line.of("tune", MELODY)), 100, melody);
        Cli r = Cli.run(
                "chorale",
                "harmonise",
                "--melody",
                melody.toString(),
                "--out",
                dir.resolve("on.mid").toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("on", ((Map<?, ?>) Json.parse(r.out())).get("rules"));
        int[][] score = tokens(r.out());
        assertEquals(67 - 35, score[0][0]);
        assertEquals(0, score[16][0], "the melody's rest stays a rest");
    }

    static int tempo(Path mid) throws Exception {
        for (Track track : MidiSystem.getSequence(mid.toFile()).getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                if (track.get(i).getMessage() instanceof MetaMessage mm && mm.getType() == 0x51) {
                    byte[] d = mm.getData();
                    return ((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff);
                }
            }
        }
        return -1;
    }

    @Test
    void theTopLineOfAChordalFileAtAnotherResolutionIsTheSoprano() throws Exception {
        // resolution 96: a sixteenth is 24 ticks; a chord C4-E4-G4 then A4 over F3
        Sequence seq = new Sequence(Sequence.PPQ, 96);
        Track tr = seq.createTrack();
        note(tr, 60, 0, 96);
        note(tr, 64, 0, 96);
        note(tr, 67, 0, 96);
        note(tr, 53, 96, 192);
        note(tr, 69, 98, 190); // slightly off the grid: rounds to steps 4..8
        Path f = dir.resolve("chords.mid");
        MidiSystem.write(seq, 0, f.toFile());
        Cli r = Cli.run(
                "chorale",
                "harmonise",
                "--melody",
                f.toString(),
                "--rules",
                "off",
                "--out",
                dir.resolve("c.mid").toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        int[][] score = tokens(r.out());
        int[] soprano = Stream.of(score).mapToInt(s -> s[0]).toArray();
        assertArrayEquals(new int[] {67 - 35, 32, 32, 32, 69 - 35, 34, 34, 34}, soprano);
    }

    @Test
    void aMidiFilesThreeFourMetreAndUpbeatBecomeTheScoresBarAndOffset() throws Exception {
        // 3/4 (MidiFiles writes the metre), the melody starting on the third beat: an upbeat of a quarter
        Path f = dir.resolve("waltz.mid");
        Files.write(
                f,
                MidiFiles.bytes(List.of(new Line("tune", List.of(new Note(67, 4), new Note(72, 12)), 0, 8)), 90, 12));
        Path xml = dir.resolve("w.musicxml");
        Cli r = Cli.run(
                "chorale",
                "harmonise",
                "--melody",
                f.toString(),
                "--rules",
                "off",
                "--out",
                dir.resolve("w.mid").toString(),
                "--musicxml",
                xml.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        Map<?, ?> j = (Map<?, ?>) Json.parse(r.out());
        assertEquals(12, ((Number) j.get("bar")).intValue());
        assertEquals(8, ((Number) j.get("offset")).intValue());
        assertEquals(90, ((Number) j.get("bpm")).intValue());
        assertEquals(16, tokens(r.out()).length, "from the first note on");
        List<ReadBack.Part> parts = ReadBack.parts(ReadBack.xml(xml));
        assertEquals(List.of(12, 12), parts.get(0).measureLengths());
        assertEquals(67 - 35, parts.get(0).tokens()[8], "the upbeat on the third beat");
        assertEquals(72 - 35, parts.get(0).tokens()[12], "the downbeat of bar 2");
    }

    static void note(Track tr, int pitch, long on, long off) throws Exception {
        tr.add(new MidiEvent(new ShortMessage(0x90, 0, pitch, 80), on));
        tr.add(new MidiEvent(new ShortMessage(0x80, 0, pitch, 0), off));
    }

    /** Exit 2, one line on stderr containing {@code named}, and none of the outputs written. */
    void refused(Cli r, String named, Path... outputs) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(named), r.err());
        for (Path p : outputs) {
            assertFalse(Files.exists(p), p + " must not be written");
        }
    }

    @Test
    void badMelodiesAndOutputsAreOneLineExitTwoAndNoFile() throws Exception {
        Path mid = dir.resolve("o.mid");
        Path xml = dir.resolve("o.musicxml");
        Path text = dir.resolve("notmidi.mid");
        Files.writeString(text, "this is not a MIDI file\n");
        refused(
                Cli.run(
                        "chorale",
                        "harmonise",
                        "--melody",
                        text.toString(),
                        "--out",
                        mid.toString(),
                        "--musicxml",
                        xml.toString()),
                text.toString(),
                mid,
                xml);

        Path empty = dir.resolve("empty.mid");
        MidiFiles.write(List.of(Line.of("silence", List.of(Note.rest(8)))), 80, empty);
        refused(
                Cli.run("chorale", "harmonise", "--melody", empty.toString(), "--out", mid.toString()),
                "no notes",
                mid);

        Path high = dir.resolve("high.mid");
        MidiFiles.write(List.of(Line.of("high", List.of(new Note(72, 4), new Note(88, 4)))), 80, high);
        refused(
                Cli.run("chorale", "harmonise", "--melody", high.toString(), "--out", mid.toString()),
                "E6 (MIDI 88) at sixteenth 4",
                mid);

        Path melody = dir.resolve("melody.mid");
        MidiFiles.write(List.of(Line.of("tune", MELODY)), 100, melody);
        Path missing = dir.resolve("no-such-folder").resolve("x.mid");
        refused(
                Cli.run(
                        "chorale",
                        "harmonise",
                        "--melody",
                        melody.toString(),
                        "--out",
                        mid.toString(),
                        "--wav",
                        missing.toString(),
                        "--rules",
                        "off"),
                "no-such-folder",
                mid,
                missing);
        assertFalse(Files.exists(missing.getParent()), "the missing folder is not created");

        refused(
                Cli.run(
                        "chorale",
                        "harmonise",
                        "--melody",
                        dir.resolve("absent.mid").toString(),
                        "--out",
                        mid.toString()),
                "absent.mid",
                mid);
        refused(
                Cli.run(
                        "chorale",
                        "harmonise",
                        "--melody",
                        melody.toString(),
                        "--out",
                        mid.toString(),
                        "--rules",
                        "maybe"),
                "--rules",
                mid);
    }
}
