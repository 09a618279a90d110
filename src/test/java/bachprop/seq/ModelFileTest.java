package bachprop.seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.lstm.Features;
import bachprop.seq.lstm.Lstm;
import bachprop.seq.lstm.LstmModel;
import bachprop.seq.ngram.NgramKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path dir;

    static List<SeqNote> melody(Random rng, int n) {
        List<SeqNote> m = new ArrayList<>();
        int p = 67;
        for (int i = 0; i < n; i++) {
            p = Math.max(60, Math.min(79, p + rng.nextInt(5) - 2));
            m.add(new SeqNote(p, 1 + rng.nextInt(8)));
        }
        return m;
    }

    static SequenceModel tinyNgram() {
        Random rng = new Random(5);
        List<NoteSequence> train = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            train.add(new NoteSequence("train:" + i, melody(rng, 25)));
        }
        List<NoteSequence> valid = List.of(new NoteSequence("valid:0", melody(rng, 20)));
        return new NgramKind()
                .train(
                        new TrainingData("tiny", train, valid),
                        new TrainingOptions(Map.of("max-order", "3")),
                        TrainingListener.NONE);
    }

    static SequenceModel tinyLstm() {
        return new LstmModel(Lstm.random(Features.WIDTH, 5, Vocab.PITCHES, Vocab.DURATIONS, new Random(2)), Map.of());
    }

    @Test
    void savedModelsLoadWithTheSamePredictions() throws Exception {
        List<SeqNote> probe = melody(new Random(9), 12);
        for (SequenceModel model : List.of(tinyNgram(), tinyLstm())) {
            Path f = dir.resolve(model.kind() + ".bpm");
            ModelFile.save(model, f);
            SequenceModel back = ModelFile.load(f);
            assertEquals(model.kind(), back.kind());
            NextNote a = model.next(probe);
            NextNote b = back.next(probe);
            // the LSTM file holds 16-bit bfloat16 parameters (about 3 significant digits): probabilities agree to 1e-3
            for (int i = 0; i < a.pitch().length; i++) {
                assertEquals(a.pitch()[i], b.pitch()[i], 1e-3, model.kind() + " pitch " + i);
            }
            assertArrayEquals(a.duration(), b.duration(), 1e-3);
            // and what was loaded saves exactly the same parameters (the payload after the two header lines)
            Path again = dir.resolve(model.kind() + "-again.bpm");
            ModelFile.save(back, again);
            assertArrayEquals(payload(Files.readAllBytes(f)), payload(Files.readAllBytes(again)), model.kind());
        }
    }

    static byte[] payload(byte[] file) {
        int lines = 0;
        int i = 0;
        while (lines < 2) {
            if (file[i++] == '\n') {
                lines++;
            }
        }
        return Arrays.copyOfRange(file, i, file.length);
    }

    @Test
    void aFlippedByteIsReportedAsCorruptNamingTheFile() throws Exception {
        Path f = dir.resolve("m.bpm");
        ModelFile.save(tinyLstm(), f);
        byte[] bytes = Files.readAllBytes(f);
        bytes[bytes.length - 10] ^= 0x40;
        Files.write(f, bytes);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt") && e.getMessage().contains("SHA-256"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsReportedAsTruncated() throws Exception {
        Path f = dir.resolve("m.bpm");
        ModelFile.save(tinyNgram(), f);
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(bytes, bytes.length - 100));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(f));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void otherFilesAndNewerVersionsAreRejectedClearly() throws Exception {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "hello\nworld\n");
        assertTrue(assertThrows(ModelFileException.class, () -> ModelFile.load(f))
                .getMessage()
                .contains("line 1: not a bachprop model file"));

        Path g = dir.resolve("future.bpm");
        ModelFile.save(tinyLstm(), g);
        String text = new String(Files.readAllBytes(g), StandardCharsets.ISO_8859_1)
                .replaceFirst("\"payloadVersion\": \\d+", "\"payloadVersion\": 7");
        Files.write(g, text.getBytes(StandardCharsets.ISO_8859_1));
        String msg =
                assertThrows(ModelFileException.class, () -> ModelFile.load(g)).getMessage();
        assertTrue(msg.contains("payload version 7 is not supported"), msg);

        Path h = dir.resolve("alien.bpm");
        ModelFile.save(tinyLstm(), h);
        String alien = new String(Files.readAllBytes(h), StandardCharsets.ISO_8859_1)
                .replace("\"kind\": \"lstm\"", "\"kind\": \"gru\"");
        Files.write(h, alien.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(ModelFileException.class, () -> ModelFile.load(h))
                .getMessage()
                .contains("unknown model 'gru'"));

        assertTrue(assertThrows(ModelFileException.class, () -> ModelFile.load(dir.resolve("missing.bpm")))
                .getMessage()
                .contains("no such model file"));
    }

    @Test
    void lstmTeacherForcingAgreesWithReadingEveryPrefixAndExtensionIsReproducible() {
        SequenceModel m = tinyLstm();
        List<SeqNote> melody = melody(new Random(4), 10);
        List<NextNote> all = m.teacherForced(melody);
        for (int t = 0; t < melody.size(); t++) {
            assertArrayEquals(m.next(melody.subList(0, t)).pitch(), all.get(t).pitch(), 1e-12, "step " + t);
        }
        List<SeqNote> a = m.extend(melody.subList(0, 4), 6, 1.0, new Random(1));
        List<SeqNote> b = m.extend(melody.subList(0, 4), 6, 1.0, new Random(1));
        assertEquals(a, b);
        assertEquals(6, a.size());
    }
}
