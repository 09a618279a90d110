package bachprop.util;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every JSON document of the product goes through here: one Jackson {@link ObjectMapper}, bound to
 * typed records, with limits. A document nested deeper than {@link #MAX_DEPTH}, longer than
 * {@link #MAX_BYTES}, malformed, not UTF-8, or holding a value of the wrong type (including a number
 * that is not finite where a {@code double} is expected) is a {@link BadInputException} whose one-line
 * message names the source and the line and column, or the field. Unknown fields are an error unless
 * the record says {@code @JsonIgnoreProperties(ignoreUnknown = true)}. Output is laid out by
 * {@link JsonLayout}, byte for byte as the documented outputs have always been.
 */
public final class Json {
    /** The deepest nesting accepted; the product's own documents nest at most 5 levels. */
    public static final int MAX_DEPTH = 200;
    /** The largest document accepted (64 MB): far above any file the product writes (a few MB at most). */
    public static final long MAX_BYTES = 64L << 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxDocumentLength(MAX_BYTES)
                            .build())
                    // NaN and Infinity are read so that the finite check can name the field
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .build())
            .addModule(FiniteNumbers.module())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            // a number or a boolean where text is expected is an error, not the text "5"
            .withCoercionConfig(
                    LogicalType.Textual,
                    c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private Json() {}

    // ---- reading ----

    /** Reads a UTF-8 file bound to {@code type}; every problem is a {@link BadInputException} naming the file. */
    public static <T> T read(Path file, Class<T> type) {
        return read(text(file), file.toString(), MAPPER.constructType(type));
    }

    /** Reads text bound to {@code type}; {@code source} names it in error messages. */
    public static <T> T read(String text, String source, Class<T> type) {
        return read(text, source, MAPPER.constructType(type));
    }

    public static <T> T read(String text, String source, TypeReference<T> type) {
        return read(text, source, MAPPER.constructType(type));
    }

    private static <T> T read(String text, String source, JavaType type) {
        T value;
        try {
            value = MAPPER.readValue(text, type);
        } catch (JacksonException e) {
            throw new BadInputException(source + ": " + describe(e), e);
        }
        if (value == null) {
            throw new BadInputException(
                    source + ": the document is null, not a JSON " + (type.isContainerType() ? "array" : "object"));
        }
        return value;
    }

    /**
     * Reads an open document (one with no fixed shape): objects as {@code LinkedHashMap}, arrays as
     * {@code List}, numbers as {@code Double}.
     */
    public static Object parse(String text, String source) {
        try {
            return plain(MAPPER.readTree(text));
        } catch (JacksonException e) {
            throw new BadInputException(source + ": " + describe(e), e);
        }
    }

    /** {@link #parse(String, String)} for text that has no name (a test's or a command's output). */
    public static Object parse(String text) {
        return parse(text, "JSON");
    }

    /** The file's text, checked to be at most {@link #MAX_BYTES} and UTF-8. */
    public static String text(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(
                        file + ": larger than " + (MAX_BYTES >> 20) + " MB, the limit for a JSON file");
            }
            return utf8(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Decodes UTF-8 strictly; a bad byte is an error naming its line. */
    public static String utf8(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new BadInputException(source + ": line " + line + ": not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[at] & 0xff) + " at offset " + at + "); save it as UTF-8");
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new BadInputException(source + ": not UTF-8 text");
        }
        return out.flip().toString();
    }

    /** One line: where (line and column, and the field when known), then what. */
    static String describe(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            sb.append("line ")
                    .append(at.getLineNr())
                    .append(", column ")
                    .append(at.getColumnNr())
                    .append(": ");
        }
        String message = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            sb.append("field '").append(path(m.getPath())).append("': ");
            if (m instanceof UnrecognizedPropertyException u) {
                message = "unknown field (known fields: "
                        + u.getKnownPropertyIds().stream()
                                .map(String::valueOf)
                                .sorted()
                                .collect(Collectors.joining(", "))
                        + ")";
            }
        }
        if (message.startsWith("Cannot map `null` into type")) {
            message = "missing, or null where a value is required";
        }
        Matcher wrongType = WRONG_TYPE.matcher(message);
        if (wrongType.lookingAt()) {
            message = "expected " + expected(wrongType.group(1)) + ", found "
                    + wrongType
                            .group(2)
                            .toLowerCase(Locale.ROOT)
                            .replace("array", "an array")
                            .replace("object", "an object")
                            .replace("string", "text")
                            .replace("integer", "a number")
                            .replace("floating", "a number");
        }
        Matcher coerce = COERCE.matcher(message);
        if (coerce.lookingAt()) {
            message = "expected " + expected(coerce.group(3)) + ", found "
                    + coerce.group(1).toLowerCase(Locale.ROOT) + " " + coerce.group(2);
        } else if (message.startsWith("Cannot coerce `null` to element of")) {
            message = "expected a value, found null";
        }
        return sb.append(message.replaceAll(
                                ", from `[^`]*`\\)", ")") // Jackson's hints name its own settings: not for the reader
                        .replaceAll(" \\((set|disable|but could|but might) [^()]*\\)", "")
                        .replaceAll("\\[Source: [^;]*; ", "[")
                        .replaceAll("\\s*\n\\s*", " "))
                .toString();
    }

    /** Jackson's "Cannot deserialize value of type `T` from Array value (token ...)". */
    private static final Pattern WRONG_TYPE = Pattern.compile(
            "Cannot (?:deserialize value of type|construct instance of) `([^`]*)`.*? from (\\w+) value");

    /** Jackson's "Cannot coerce Floating-point value (2.5) to `int` value". */
    private static final Pattern COERCE =
            Pattern.compile("Cannot coerce ([\\w-]+) value \\((.*)\\) to `([^`]*)` value");

    /** What a Java type is called in a JSON document. */
    private static String expected(String javaType) {
        if (javaType.endsWith("[]")
                || javaType.startsWith("java.util.List")
                || javaType.startsWith("java.util.ArrayList")) {
            return "an array";
        }
        return switch (javaType) {
            case "java.lang.String" -> "text";
            case "int", "long", "java.lang.Integer", "java.lang.Long" -> "a whole number";
            case "double", "java.lang.Double" -> "a number";
            case "boolean", "java.lang.Boolean" -> "true or false";
            default -> "a JSON object";
        };
    }

    /** {@code weights[1][0][2]}, {@code exercises[3].tasks}. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static Object plain(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                m.put(e.getKey(), plain(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>();
            n.forEach(v -> list.add(plain(v)));
            return list;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return null;
    }

    // ---- writing ----

    /**
     * Records, maps, lists, arrays, strings, numbers, booleans and null as indented JSON in the
     * product's layout ({@link JsonLayout}); a number that is not finite is written as {@code null}.
     */
    public static String write(Object value) {
        JsonNode tree = value instanceof JsonNode n ? n : MAPPER.valueToTree(value);
        return JsonLayout.write(tree);
    }
}
