package bachprop.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's documents of an exercise, read by task number: {@code ## N. Title} headings in
 * instructions.md and hints.md; in hints.md, a task's text before its first {@code ###} is the
 * task's hint, and each {@code ### Heading} under it is a hint a listed mistake can point to.
 */
public final class ExerciseDocs {
    private static final Pattern TASK = Pattern.compile("^##\\s+(\\d+)\\.?\\s*(.*)$");
    private static final Pattern SUB = Pattern.compile("^###\\s+(.*)$");

    /** Task number → title, from instructions.md. */
    public final Map<Integer, String> instructions = new LinkedHashMap<>();
    /** Task number → the task's general hint. */
    public final Map<Integer, String> taskHints = new LinkedHashMap<>();
    /** Task number → (heading → text) of its named hints. */
    public final Map<Integer, Map<String, String>> namedHints = new LinkedHashMap<>();

    public static ExerciseDocs read(Exercise ex) throws IOException {
        ExerciseDocs d = new ExerciseDocs();
        if (Files.isRegularFile(ex.docs("instructions.md"))) {
            for (String line : Files.readAllLines(ex.docs("instructions.md"))) {
                Matcher m = TASK.matcher(line);
                if (m.matches()) {
                    d.instructions.put(Integer.parseInt(m.group(1)), m.group(2).trim());
                }
            }
        }
        if (Files.isRegularFile(ex.docs("hints.md"))) {
            int task = 0;
            String sub = null;
            StringBuilder text = new StringBuilder();
            for (String line : Files.readAllLines(ex.docs("hints.md"))) {
                Matcher t = TASK.matcher(line);
                Matcher s = SUB.matcher(line);
                if (t.matches() || s.matches() || line.startsWith("# ")) {
                    d.store(task, sub, text);
                    text.setLength(0);
                    if (t.matches()) {
                        task = Integer.parseInt(t.group(1));
                        sub = null;
                    } else if (s.matches()) {
                        sub = s.group(1).trim();
                    } else {
                        task = 0;
                        sub = null;
                    }
                } else {
                    text.append(line).append('\n');
                }
            }
            d.store(task, sub, text);
        }
        return d;
    }

    private void store(int task, String sub, StringBuilder text) {
        if (task == 0) {
            return;
        }
        String t = text.toString().strip();
        if (sub == null) {
            taskHints.put(task, t);
        } else {
            namedHints.computeIfAbsent(task, k -> new LinkedHashMap<>()).put(sub, t);
        }
    }

    /** The hint a mistake points to, as "Heading: text", or null when hints.md has no such heading. */
    public String mistakeHint(Exercise.Mistake m) {
        Map<String, String> named = namedHints.get(m.task());
        if (named == null || !named.containsKey(m.hint())) {
            return null;
        }
        return m.hint() + ": " + named.get(m.hint());
    }

    public String taskHint(int task) {
        return taskHints.getOrDefault(task, "");
    }
}
