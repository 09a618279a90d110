package bachprop.util;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The product's JSON layout, the one the documented outputs (docs/net-file.md, docs/visualisers.md)
 * have always had: two-space indentation, {@code "key": value}, an array on one line
 * ({@code [1, 2]}) unless it holds an object or an array, numbers as Java prints them
 * ({@code Double.toString}: {@code 0.5}, {@code 1.0E-5}), a number that is not finite as
 * {@code null}, and only {@code " \ }, line breaks, tabs and control characters escaped.
 */
final class JsonLayout {
    private JsonLayout() {}

    static String write(JsonNode tree) {
        StringBuilder sb = new StringBuilder();
        write(tree, sb, 0);
        return sb.toString();
    }

    private static void write(JsonNode v, StringBuilder sb, int indent) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            sb.append("null");
        } else if (v.isTextual()) {
            quote(v.textValue(), sb);
        } else if (v.isNumber()) {
            number(v, sb);
        } else if (v.isBoolean()) {
            sb.append(v.booleanValue());
        } else if (v.isObject()) {
            object(v, sb, indent);
        } else if (v.isArray()) {
            array(v, sb, indent);
        } else {
            quote(v.asText(), sb);
        }
    }

    private static void number(JsonNode v, StringBuilder sb) {
        if (v.isDouble()) {
            double d = v.doubleValue();
            sb.append(Double.isFinite(d) ? Double.toString(d) : "null"); // JSON has no NaN or Infinity
        } else if (v.isFloat()) {
            float f = v.floatValue();
            sb.append(Float.isFinite(f) ? Float.toString(f) : "null");
        } else {
            sb.append(v.numberValue());
        }
    }

    private static void object(JsonNode v, StringBuilder sb, int indent) {
        if (v.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append("{\n");
        Iterator<Map.Entry<String, JsonNode>> it = v.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            pad(sb, indent + 2);
            quote(e.getKey(), sb);
            sb.append(": ");
            write(e.getValue(), sb, indent + 2);
            sb.append(it.hasNext() ? ",\n" : "\n");
        }
        pad(sb, indent);
        sb.append('}');
    }

    private static void array(JsonNode v, StringBuilder sb, int indent) {
        boolean flat = true;
        for (JsonNode o : v) {
            flat &= !o.isContainerNode();
        }
        sb.append('[');
        boolean first = true;
        for (JsonNode o : v) {
            if (!first) {
                sb.append(flat ? ", " : ",");
            }
            if (!flat) {
                sb.append('\n');
                pad(sb, indent + 2);
            }
            write(o, sb, indent + 2);
            first = false;
        }
        if (!flat && !first) {
            sb.append('\n');
            pad(sb, indent);
        }
        sb.append(']');
    }

    private static void pad(StringBuilder sb, int n) {
        sb.append(" ".repeat(n));
    }

    private static void quote(String str, StringBuilder sb) {
        sb.append('"');
        for (char c : str.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
