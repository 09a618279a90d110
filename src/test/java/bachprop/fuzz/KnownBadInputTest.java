package bachprop.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.DataLocator;
import bachprop.music.data.TinyData;
import bachprop.music.data.UciChorales;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The damaged files issue 14 names, one by one: each is a clear error (exit 2, one line naming the
 * file and what is wrong, no stack trace) within 10 s, where they used to overflow the stack,
 * allocate gigabytes, load a NaN or print a raw IOException.
 */
class KnownBadInputTest {
    @TempDir
    Path tmp;

    static byte[] model(String kind) throws IOException {
        try (InputStream in = KnownBadInputTest.class.getResourceAsStream("/bachprop/models/" + kind + "-jsb.bpm")) {
            return in.readAllBytes();
        }
    }

    /** The model file with the payload's int or double at {@code offset} replaced, sealed again. */
    static byte[] patched(String kind, int offset, Number value) throws IOException {
        return ModelBytes.withPayload(model(kind), p -> {
            ByteBuffer b = ByteBuffer.wrap(p.clone());
            if (value instanceof Double d) {
                b.putDouble(offset, d);
            } else {
                b.putInt(offset, value.intValue());
            }
            return b.array();
        });
    }

    FuzzRun evaluate(String kind, byte[] file) throws IOException {
        Path data = TinyData.writeRoot(tmp.resolve("data"));
        Path f = tmp.resolve(kind + "-bad.bpm");
        Files.write(f, file);
        return FuzzRun.command(
                "chorale",
                "evaluate",
                "--model",
                kind,
                "--file",
                f.toString(),
                "--data",
                data.toString(),
                "--samples",
                "1",
                "--notes",
                "4");
    }

    static void clearError(FuzzRun r, String file, String says) {
        assertNull(r.escaped(), "nothing escapes");
        assertFalse(r.late(), "ends within 10 s");
        assertEquals(2, r.code(), r.output());
        assertTrue(r.output().contains(file), "names " + file + ": " + r.output());
        assertTrue(r.output().contains(says), "says '" + says + "': " + r.output());
        assertFalse(r.showsStackTrace(), r.output());
    }

    @Test
    void uciLispNested100000DeepIsAnErrorAtItsLineNotAStackOverflow() throws IOException {
        Path data = tmp.resolve("uci");
        Path f = data.resolve(DataLocator.UCI_DIR).resolve(UciChorales.FILE);
        Files.createDirectories(f.getParent());
        Files.writeString(f, TinyData.uciLisp() + "\n" + "(".repeat(Mutator.DEPTH));
        FuzzRun r = FuzzRun.command("chorale", "evaluate", "--model", "ngram", "--data", data.toString());
        clearError(r, UciChorales.FILE + ":" + (TinyData.UCI_MELODIES + 2), "nested more than 32 deep");
    }

    @Test
    void anLstmHeaderDeclaring10000By10000IsRefusedBeforeAllocating() throws IOException {
        // payload v6: networks (int), top-p (float), feature layout (int), samples alone (byte), n-gram
        // weight (float), 27 calibration factors (floats), the deflated networks' length (int, at 125) and
        // bytes; inside them each network's inputs, hidden, pitches, durations: the first two become 10,000
        byte[] file = ModelBytes.withPayload(model("lstm"), p -> {
            ByteBuffer b = ByteBuffer.wrap(p);
            int packed = b.getInt(125);
            byte[] nets = inflate(Arrays.copyOfRange(p, 129, 129 + packed));
            ByteBuffer.wrap(nets).putInt(0, 10_000).putInt(4, 10_000);
            byte[] again = deflate(nets);
            ByteBuffer out = ByteBuffer.allocate(p.length - packed + again.length);
            out.put(p, 0, 125).putInt(again.length).put(again).put(p, 129 + packed, p.length - 129 - packed);
            return out.array();
        });
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        FuzzRun r = evaluate("lstm", file);
        clearError(r, "lstm-bad.bpm", "declares 800000000 numbers");
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - before < 1L << 30, "no gigabyte allocated: " + (after - before) + " bytes more in use");
    }

    static byte[] inflate(byte[] z) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(z))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] deflate(byte[] raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void anMlpLayerOf16384NeuronsIsRefusedBeforeAllocating() throws IOException {
        // payload: layers L (int), then L sizes; the hidden layer is the second size
        FuzzRun r = evaluate("mlp", patched("mlp", 8, 16_384));
        clearError(r, "mlp-bad.bpm", "remain");
    }

    @Test
    void anNgramDiscountOfNaNDoesNotLoad() throws IOException {
        // payload: pitch order (int), pitch discount (double), ...
        FuzzRun r = evaluate("ngram", patched("ngram", 4, Double.NaN));
        clearError(r, "ngram-bad.bpm", "discount NaN");
    }

    @Test
    void aPayloadErrorNamesTheFileAndExits2() throws IOException {
        FuzzRun r = evaluate("rnn", patched("rnn", 0, 10_000));
        clearError(r, "rnn-bad.bpm", "corrupt rnn payload: RNN payload has sizes 10000");
    }

    @Test
    void aManifestAskingForABillionTasksIsAnErrorNamingTheField() throws IOException {
        Path ex = tmp.resolve("exercises");
        Files.createDirectories(ex);
        Files.writeString(
                ex.resolve("manifest.json"),
                "{\"exercises\": [{\"slug\": \"sigmoid\", \"chapter\": 2, \"tasks\": 1e9}]}",
                StandardCharsets.UTF_8);
        FuzzRun r = FuzzRun.command(
                "grade",
                "--dir",
                ex.toString(),
                "--progress",
                tmp.resolve("p.json").toString());
        clearError(r, "manifest.json", "tasks");
    }

    @Test
    void aNegativeHintCountInProgressIsAnErrorNamingTheField() throws IOException {
        Path ex = tmp.resolve("exercises");
        InputFuzzTest.copyExercises(ex, null);
        Path progress = tmp.resolve("progress.json");
        Files.writeString(
                progress,
                "{\"exercises\":{\"sigmoid\":{\"chapter\":2,\"passed\":false,\"tasks\":{},\"hints\":{\"1\":-527}}}}");
        FuzzRun r = FuzzRun.command(
                "grade", "--dir", ex.toString(), "--hint", "sigmoid", "--progress", progress.toString());
        clearError(r, "progress.json: field 'exercises.sigmoid.hints.1' is -527", "not a count");
    }
}
