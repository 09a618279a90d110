package bachprop.seq;

import bachprop.util.AtomicFiles;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * The versioned model file: one line {@code bachprop-model 1}, one line of JSON (kind, payload
 * version, payload length, SHA-256 of the payload, the model's {@link SequenceModel#info()}),
 * then the payload the model wrote. Saves are atomic; loading checks every part and fails with
 * one clear line naming the file.
 */
public final class ModelFile {
    static final String MAGIC = "bachprop-model";
    static final int FORMAT = 1;
    /** The largest model file read (the shipped ones are at most 2 MB). */
    static final long MAX_BYTES = 256L << 20;

    private ModelFile() {}

    /** Saves atomically (the old file stays whole until the new one is complete). */
    public static void save(SequenceModel model, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(model));
    }

    public static byte[] toBytes(SequenceModel model) throws IOException {
        return encode(
                model.kind(),
                () -> SequenceModels.kind(model.kind()).payloadVersion(),
                model.describe(),
                model.info(),
                model::writePayload);
    }

    public static SequenceModel load(Path file) throws IOException {
        return fromBytes(read(file), file);
    }

    public static SequenceModel load(InputStream in, Path nameForErrors) throws IOException {
        return fromBytes(in.readAllBytes(), nameForErrors);
    }

    /** A kind's save hook: writes its payload. */
    @FunctionalInterface
    public interface PayloadWriter {
        void write(DataOutputStream out) throws IOException;
    }

    /** A kind's load hook: reads a payload of {@code version}. */
    @FunctionalInterface
    public interface PayloadReader<M> {
        M read(DataInputStream in, int version) throws IOException;
    }

    /** How a file of one kind is read: the newest payload version this build reads, and the reader. */
    public record KindReader<M>(int payloadVersion, PayloadReader<M> reader) {}

    /**
     * The file's bytes for any family of models (sequence models here, four-voice models in
     * {@code seq.satb.FourVoiceFile}): magic line, header line, payload. The payload version is
     * asked for after the payload is written, as it always was.
     */
    public static byte[] encode(
            String kind, IntSupplier payloadVersion, String describe, Map<String, Object> info, PayloadWriter payload)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            payload.write(out);
        }
        byte[] body = bytes.toByteArray();
        Header header = new Header(kind, payloadVersion.getAsInt(), body.length, sha256(body), describe, info);
        String head = MAGIC + " " + FORMAT + "\n" + Json.write(header).replace("\n", " ") + "\n";
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(head.getBytes(StandardCharsets.UTF_8));
        all.write(body);
        return all.toByteArray();
    }

    /** A model file's bytes, at most {@link #MAX_BYTES}; a missing file is one line naming it. */
    public static byte[] read(Path file) throws IOException {
        try {
            return readBounded(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such model file");
        }
    }

    /**
     * Line 2 of a model file: the model's kind, its payload's version, length and SHA-256, its
     * description and its open {@code info} map (figures the model chose to record). Unknown fields
     * are ignored, so that a later build may add some.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Header(
            String kind,
            Integer payloadVersion,
            Integer payloadBytes,
            String sha256,
            String describe,
            Map<String, Object> info) {}

    /** The header of a model file (kind, versions, info) without reading its payload. */
    public static Header header(Path file) throws IOException {
        byte[] bytes = readBounded(file);
        return parseHeader(bytes, file, new int[2]);
    }

    static SequenceModel fromBytes(byte[] bytes, Path file) throws IOException {
        return decode(bytes, file, name -> {
            ModelKind kind = SequenceModels.kind(name);
            return new KindReader<>(kind.payloadVersion(), kind::read);
        });
    }

    /**
     * Checks every part of a model file's bytes and reads its payload with the reader that
     * {@code kinds} gives for the header's kind ({@code kinds} throws {@link IllegalArgumentException}
     * naming the known kinds for an unknown one). Every failure is one line naming {@code file}.
     */
    public static <M> M decode(byte[] bytes, Path file, Function<String, KindReader<M>> kinds) throws IOException {
        int[] bodyStart = new int[2];
        Header header = parseHeader(bytes, file, bodyStart);
        String kindName = String.valueOf(header.kind());
        KindReader<M> kind;
        try {
            kind = kinds.apply(kindName);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "line 2: " + e.getMessage());
        }
        int version = intField(header.payloadVersion(), "payloadVersion", file);
        if (version > kind.payloadVersion() || version < 1) {
            throw new ModelFileException(
                    file,
                    "line 2: " + kindName + " payload version " + version
                            + " is not supported by this build (it reads versions 1.." + kind.payloadVersion()
                            + "); retrain with this build");
        }
        int length = intField(header.payloadBytes(), "payloadBytes", file);
        int start = bodyStart[0];
        if (bytes.length - start != length) {
            throw new ModelFileException(
                    file,
                    "corrupt: the payload is " + (bytes.length - start) + " bytes, the header says " + length
                            + " (truncated or appended to?)");
        }
        byte[] body = Arrays.copyOfRange(bytes, start, bytes.length);
        String expected = String.valueOf(header.sha256());
        if (!sha256(body).equals(expected)) {
            throw new ModelFileException(file, "corrupt: the payload's SHA-256 does not match the header's checksum");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            M model = kind.reader().read(in, version);
            if (in.available() > 0) {
                throw new ModelFileException(
                        file, "corrupt: " + in.available() + " unread bytes after the " + kindName + " payload");
            }
            return model;
        } catch (EOFException e) {
            throw new ModelFileException(file, "corrupt: the " + kindName + " payload ends too early");
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(file, "corrupt " + kindName + " payload: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "incompatible " + kindName + " payload: " + e.getMessage());
        } catch (RuntimeException e) {
            // a reader's bounds should have caught it; still one line naming the file, never a trace
            throw new ModelFileException(file, "corrupt " + kindName + " payload (its numbers do not fit together)");
        }
    }

    /**
     * Checks, before a reader allocates, that the payload still holds {@code values} numbers of
     * {@code bytesEach} bytes: a corrupt count or size is an error, never a huge allocation.
     */
    public static void need(DataInputStream in, long values, int bytesEach, String what) throws IOException {
        long bytes = values * bytesEach;
        if (values < 0 || bytes > in.available()) {
            throw new IOException(
                    what + " declares " + values + " numbers, but only " + in.available() + " bytes of payload remain");
        }
    }

    private static Header parseHeader(byte[] bytes, Path file, int[] bodyStart) throws ModelFileException {
        int nl1 = indexOf(bytes, 0);
        String first = nl1 < 0 ? "" : new String(bytes, 0, nl1, StandardCharsets.UTF_8);
        if (!first.startsWith(MAGIC + " ")) {
            throw new ModelFileException(
                    file, "line 1: not a bachprop model file (it should begin '" + MAGIC + " " + FORMAT + "')");
        }
        int format;
        try {
            format = Integer.parseInt(first.substring(MAGIC.length() + 1).trim());
        } catch (NumberFormatException e) {
            throw new ModelFileException(file, "line 1: unreadable format version '" + first + "'");
        }
        if (format != FORMAT) {
            throw new ModelFileException(
                    file,
                    "line 1: model file format " + format + " is not supported by this build (it reads format " + FORMAT
                            + ")");
        }
        int nl2 = indexOf(bytes, nl1 + 1);
        if (nl2 < 0) {
            throw new ModelFileException(file, "line 2: the header ends too early (truncated file)");
        }
        Header header;
        try {
            String line = Json.utf8(Arrays.copyOfRange(bytes, nl1 + 1, nl2), "corrupt header");
            header = Json.read(line, "corrupt header", Header.class);
        } catch (BadInputException e) {
            throw new ModelFileException(file, "line 2: " + e.getMessage());
        }
        bodyStart[0] = nl2 + 1;
        return header;
    }

    private static byte[] readBounded(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ModelFileException(
                    file, "larger than " + (MAX_BYTES >> 20) + " MB, not a model this build wrote");
        }
        return Files.readAllBytes(file);
    }

    private static int intField(Integer value, String name, Path file) throws ModelFileException {
        if (value == null) {
            throw new ModelFileException(file, "line 2: corrupt header: no number '" + name + "'");
        }
        return value;
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
