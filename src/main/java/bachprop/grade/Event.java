package bachprop.grade;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the child JVM's report: a marker character, then tab-separated fields with tabs,
 * newlines and backslashes escaped. Lines without the marker (stray learner output) are ignored.
 */
final class Event {
    static final char MARK = '\u0001';
    static final String PLAN = "PLAN";
    static final String START = "START";
    static final String END = "END";
    static final String RUNEND = "RUNEND";
    static final String NOTE = "NOTE";
    static final String EXIT = "EXIT";
    static final String DONE = "DONE";

    private Event() {}

    static String encode(String... fields) {
        StringBuilder sb = new StringBuilder().append(MARK);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            for (char c : fields[i].toCharArray()) {
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** The fields of an event line, or null when the line is not an event. */
    static List<String> decode(String line) {
        int at = line.indexOf(MARK);
        if (at < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = at + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                cur.append(
                        switch (n) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> n;
                        });
            } else if (c == '\t') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }
}
