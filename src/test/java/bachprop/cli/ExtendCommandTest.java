package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.Note;
import bachprop.music.data.RealData;
import bachprop.music.sound.MidiFiles;
import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.ModelFile;
import bachprop.seq.NextNote;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.Surprise;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.ngram.NgramKind;
import bachprop.util.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the real JSB chorales, found where `bachprop data path` looks (tagged corpus: skipped when absent). */
@Tag("corpus")
class ExtendCommandTest {
    @BeforeEach
    void realCorpus() {
        RealData.assumeJsb(); // the real corpus, or a visible skip
    }

    @TempDir
    static Path dir;

    static Corpus jsb;
    static Path model;

    @BeforeAll
    static void smallModel() throws Exception {
        if (!RealData.hasJsb()) {
            return; // each test then skips, with its reason, in realCorpus()
        }
        jsb = Corpora.load("jsb");
        // a small n-gram (30 training chorales, order ≤ 3) keeps the test fast
        SequenceModel m = new NgramKind()
                .train(
                        new TrainingData(
                                "jsb", jsb.train().subList(0, 30), jsb.valid().subList(0, 10)),
                        new TrainingOptions(Map.of("max-order", "3")),
                        TrainingListener.NONE);
        model = dir.resolve("ngram.bpm");
        ModelFile.save(m, model);
    }

    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {
            Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
        };
    }

    @Test
    void extendedMidiReadsBackAsTheOpeningFollowedByNNewNotes() throws Exception {
        Path mid = dir.resolve("x.mid");
        Path wav = dir.resolve("x.wav");
        String[] r = run(
                "chorale",
                "extend",
                "--chorale",
                "test:305",
                "--opening",
                "8",
                "--notes",
                "20",
                "--model",
                "ngram",
                "--file",
                model.toString(),
                "--seed",
                "3",
                "--out",
                mid.toString(),
                "--wav",
                wav.toString(),
                "--json");
        assertEquals("0", r[0], r[2]);
        MidiFiles.Contents c = MidiFiles.read(mid);
        List<Note> notes = c.lines().get(0).stream().filter(n -> !n.isRest()).toList();
        NoteSequence chorale = jsb.melody("test:305");
        assertEquals(8 + 20, notes.size());
        for (int i = 0; i < 8; i++) {
            assertEquals(chorale.notes().get(i).pitch(), notes.get(i).pitch(), "opening note " + i);
            assertEquals(chorale.notes().get(i).duration(), notes.get(i).duration(), "opening note " + i);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> added =
                (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(r[1])).get("newNotes");
        for (int i = 0; i < 20; i++) {
            assertEquals(
                    ((Number) added.get(i).get("pitch")).intValue(),
                    notes.get(8 + i).pitch(),
                    "new note " + i);
            assertEquals(
                    ((Number) added.get(i).get("duration")).intValue(),
                    notes.get(8 + i).duration(),
                    "new note " + i);
        }
        assertTrue(Files.size(wav) > 44, "a WAV with samples");
    }

    @Test
    void aCorruptModelFileIsOneClearLineAndExitCode2() throws Exception {
        Path bad = dir.resolve("bad.bpm");
        byte[] bytes = Files.readAllBytes(model);
        bytes[bytes.length / 2] ^= 1;
        Files.write(bad, bytes);
        String[] r = run("chorale", "evaluate", "--model", "ngram", "--file", bad.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains(bad.toString()) && r[2].contains("corrupt"), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }

    @Test
    void evaluateJsonHasTheDocumentedKeys() {
        String[] r = run(
                "chorale",
                "evaluate",
                "--model",
                "ngram",
                "--file",
                model.toString(),
                "--samples",
                "1",
                "--notes",
                "8",
                "--json");
        assertEquals("0", r[0], r[2]);
        @SuppressWarnings("unchecked")
        Map<String, Object> j = (Map<String, Object>) Json.parse(r[1]);
        @SuppressWarnings("unchecked")
        Map<String, Object> tf = (Map<String, Object>) j.get("teacherForced");
        for (String k :
                List.of("notes", "pitchBitsPerNote", "pitchAccuracy", "durationBitsPerNote", "durationAccuracy")) {
            assertTrue(tf.containsKey(k), k);
        }
        assertEquals(jsb.test().stream().mapToInt(m -> m.notes().size()).sum(), ((Number) tf.get("notes")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> g = (Map<String, Object>) j.get("generation");
        for (String k : List.of("intervalKlBits", "intervalBins", "model", "bach")) {
            assertTrue(g.containsKey(k), k);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyNoteOfExtendJsonCarriesItsInformationContentUnderTheModelAndItsEntropy() throws Exception {
        Path mid = dir.resolve("ic.mid");
        String[] r = run(
                "chorale",
                "extend",
                "--chorale",
                "test:305",
                "--opening",
                "6",
                "--notes",
                "10",
                "--model",
                "ngram",
                "--file",
                model.toString(),
                "--seed",
                "4",
                "--out",
                mid.toString(),
                "--json");
        assertEquals("0", r[0], r[2]);
        Map<String, Object> j = (Map<String, Object>) Json.parse(r[1]);
        List<Map<String, Object>> notes = new ArrayList<>((List<Map<String, Object>>) j.get("openingNotes"));
        notes.addAll((List<Map<String, Object>>) j.get("newNotes"));
        assertEquals(16, notes.size());
        SequenceModel m = ModelFile.load(model);
        List<SeqNote> melody = new ArrayList<>();
        // the opening as extend reads it, with the score's annotations (the key the degree viewpoint uses)
        List<SeqNote> opening = jsb.test().stream()
                .filter(s -> s.id().equals("test:305"))
                .findFirst()
                .orElseThrow()
                .notes()
                .subList(0, 6);
        for (Map<String, Object> n : notes) {
            int i = melody.size();
            SeqNote note = new SeqNote(((Number) n.get("pitch")).intValue(), ((Number) n.get("duration")).intValue());
            if (i < opening.size()) {
                assertEquals(opening.get(i).plain(), note);
                note = opening.get(i);
            }
            NextNote p = m.next(melody); // the model's own distribution before this note (when it was drawn)
            assertEquals(
                    -Math.log(p.pitchProbability(note.pitch())) / Math.log(2),
                    ((Number) n.get("icBits")).doubleValue(),
                    1e-9,
                    "IC of note " + melody.size());
            assertEquals(Surprise.entropy(p.pitch()), ((Number) n.get("entropyBits")).doubleValue(), 1e-9);
            melody.add(note);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void evaluatePerNoteGivesEveryMelodysNotesWhoseMeanIcIsTheBitsPerNote() {
        String[] r = run(
                "chorale",
                "evaluate",
                "--model",
                "ngram",
                "--file",
                model.toString(),
                "--samples",
                "1",
                "--notes",
                "4",
                "--json",
                "--per-note");
        assertEquals("0", r[0], r[2]);
        Map<String, Object> j = (Map<String, Object>) Json.parse(r[1]);
        List<Map<String, Object>> per = (List<Map<String, Object>>) j.get("perNote");
        assertEquals(jsb.test().size(), per.size(), "one entry per melody");
        assertEquals(jsb.test().get(0).id(), per.get(0).get("melody"));
        double sum = 0;
        int n = 0;
        for (Map<String, Object> melody : per) {
            for (Map<String, Object> note : (List<Map<String, Object>>) melody.get("notes")) {
                sum += ((Number) note.get("icBits")).doubleValue();
                n++;
            }
        }
        Map<String, Object> tf = (Map<String, Object>) j.get("teacherForced");
        assertEquals(((Number) tf.get("notes")).intValue(), n);
        assertEquals(((Number) tf.get("pitchBitsPerNote")).doubleValue(), sum / n, 1e-9);
        String[] noJson = run("chorale", "evaluate", "--model", "ngram", "--file", model.toString(), "--per-note");
        assertEquals("2", noJson[0], "--per-note without --json is bad usage");
        assertTrue(noJson[2].contains("--per-note needs --json"), noJson[2]);
    }
}
