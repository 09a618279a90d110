package bachprop.chapter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catches TeX that JLaTeXMath would render silently wrong: unbalanced braces, {@code \left}
 * without {@code \right}, and {@code \begin}/{@code \end} that do not pair.
 */
public final class TexCheck {
    private static final Pattern ENV = Pattern.compile("\\\\(begin|end)\\s*\\{([^}]*)}");
    private static final Pattern LEFT = Pattern.compile("\\\\left(?![a-zA-Z])");
    private static final Pattern RIGHT = Pattern.compile("\\\\right(?![a-zA-Z])");

    private TexCheck() {}

    /** @return a one-line description of the first problem, or null when the TeX is balanced */
    public static String problem(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++; // \{ and \} are literal braces
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth < 0) {
                    return "unbalanced math: a '}' closes nothing in $" + tex + "$";
                }
            }
        }
        if (depth > 0) {
            return "unbalanced math: " + depth + " '{' never closed in $" + tex + "$";
        }
        int lefts = count(LEFT, tex);
        int rights = count(RIGHT, tex);
        if (lefts != rights) {
            return "unbalanced math: " + lefts + " \\left but " + rights + " \\right in $" + tex + "$";
        }
        Deque<String> envs = new ArrayDeque<>();
        Matcher m = ENV.matcher(tex);
        while (m.find()) {
            if (m.group(1).equals("begin")) {
                envs.push(m.group(2));
            } else if (envs.isEmpty() || !envs.pop().equals(m.group(2))) {
                return "unbalanced math: \\end{" + m.group(2) + "} does not match a \\begin in $" + tex + "$";
            }
        }
        if (!envs.isEmpty()) {
            return "unbalanced math: \\begin{" + envs.peek() + "} is never ended in $" + tex + "$";
        }
        return null;
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
