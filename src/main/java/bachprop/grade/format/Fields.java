package bachprop.grade.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object in the order its format's specification lists the fields (null values kept). */
final class Fields {
    private Fields() {}

    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Empty text as JSON null, as Exercism's interface has it for a message or output that is absent. */
    static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static void write(String text, OutputStream out) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
