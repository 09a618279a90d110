package bachprop.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/** A model file taken apart (magic line, header line, payload) and sealed again after damage. */
final class ModelBytes {
    private ModelBytes() {}

    /** The payload damaged by {@link Mutator#binary}, with the header's length and SHA-256 made to match. */
    static byte[] damagePayload(byte[] file, int seed) {
        return withPayload(file, payload -> Mutator.binary(payload, seed));
    }

    /** The model file with its payload changed by {@code change} and the header sealed again. */
    static byte[] withPayload(byte[] file, UnaryOperator<byte[]> change) {
        int nl1 = indexOf(file, 0);
        int nl2 = indexOf(file, nl1 + 1);
        byte[] payload = change.apply(Arrays.copyOfRange(file, nl2 + 1, file.length));
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode header =
                    (ObjectNode) json.readTree(new String(file, nl1 + 1, nl2 - nl1 - 1, StandardCharsets.UTF_8));
            header.put("payloadBytes", payload.length);
            header.put("sha256", FuzzRun.sha256(payload));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(file, 0, nl1 + 1);
            out.write(json.writeValueAsBytes(header));
            out.write('\n');
            out.write(payload);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("not a model file");
    }
}
