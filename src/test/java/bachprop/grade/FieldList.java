package bachprop.grade;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A published field list written as a test fixture (src/test/resources/bachprop/grade/formats/
 * NAME.fields): one line per field with its JSON types, whether it is required, and its allowed
 * values. {@link #problems} lists every way a document breaks it, including fields it does not list.
 */
final class FieldList {
    record Rule(String path, List<String> types, boolean required, List<String> values) {}

    final Map<String, Rule> rules = new LinkedHashMap<>();

    static FieldList load(String name) throws IOException {
        FieldList list = new FieldList();
        try (InputStream in = FieldList.class.getResourceAsStream("formats/" + name + ".fields")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                list.rules.put(
                        f[0],
                        new Rule(
                                f[0],
                                List.of(f[1].split("\\|")),
                                f[2].equals("required"),
                                f.length > 3 ? List.of(f[3].split("\\|")) : List.of()));
            }
        }
        return list;
    }

    List<String> problems(JsonNode doc) {
        List<String> out = new ArrayList<>();
        check(doc, "", out);
        return out;
    }

    private void check(JsonNode object, String prefix, List<String> out) {
        for (Rule r : rules.values()) {
            if (!r.path().startsWith(prefix)
                    || r.path().substring(prefix.length()).contains(".")) {
                continue;
            }
            String name = r.path().substring(prefix.length());
            JsonNode v = object.get(name);
            if (v == null) {
                if (r.required()) {
                    out.add(prefix + name + " is missing");
                }
                continue;
            }
            if (r.types().stream().noneMatch(t -> is(v, t))) {
                out.add(prefix + name + " is " + v.getNodeType() + ", not " + r.types());
            }
            if (!r.values().isEmpty() && !v.isNull() && !r.values().contains(v.asText())) {
                out.add(prefix + name + " is \"" + v.asText() + "\", not one of " + r.values());
            }
            if (v.isArray()) {
                for (JsonNode item : v) {
                    if (item.isObject()) {
                        check(item, prefix + name + "[].", out);
                    }
                }
            }
        }
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!rules.containsKey(prefix + key)) {
                out.add(prefix + key + " is not in the published field list");
            }
        }
    }

    private static boolean is(JsonNode v, String type) {
        return switch (type) {
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "null" -> v.isNull();
            case "array" -> v.isArray();
            case "object" -> v.isObject();
            case "boolean" -> v.isBoolean();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
