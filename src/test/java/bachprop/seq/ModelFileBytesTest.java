package bachprop.seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The format code shared with four-voice files (ModelFile.encode/decode) reads every shipped file and
 * writes what it reads back unchanged. (A shipped file saved again is not its own bytes: a model's
 * info and payload version are today's, e.g. ngram-jsb.bpm's payload v1 is written as v2; the
 * refactoring was checked against the code before it, which writes exactly the same bytes.)
 */
class ModelFileBytesTest {
    @ParameterizedTest
    @ValueSource(strings = {"mlp-jsb.bpm", "ngram-jsb.bpm", "rnn-jsb.bpm", "lstm-jsb.bpm"})
    void aShippedModelSavedAgainIsAFixedPointOfLoadAndSave(String name) throws Exception {
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/bachprop/models/" + name)) {
            shipped = in.readAllBytes();
        }
        byte[] once = ModelFile.toBytes(ModelFile.fromBytes(shipped, Path.of(name)));
        byte[] twice = ModelFile.toBytes(ModelFile.fromBytes(once, Path.of(name)));
        assertArrayEquals(once, twice, name);
    }
}
