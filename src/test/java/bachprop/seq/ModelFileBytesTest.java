package bachprop.seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The format code shared with four-voice files (ModelFile.encode/decode) writes every shipped file as it was. */
class ModelFileBytesTest {
    @ParameterizedTest
    @ValueSource(strings = {"mlp-jsb.bpm", "ngram-jsb.bpm", "rnn-jsb.bpm", "lstm-jsb.bpm"})
    void aShippedModelLoadedAndSavedAgainIsByteForByteTheSame(String name) throws Exception {
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/bachprop/models/" + name)) {
            shipped = in.readAllBytes();
        }
        SequenceModel m = ModelFile.fromBytes(shipped, Path.of(name));
        assertArrayEquals(shipped, ModelFile.toBytes(m), name);
    }
}
