package bachprop.grade;

/**
 * One test of a grading run, as the machine formats report it (docs/grading.md): its display name,
 * task, status ({@code pass}, {@code fail}: an assertion did not hold, {@code error}: another
 * exception, a timeout or a crash), the message with its hint, the start of what it printed,
 * how long it ran, where it is written and its source, and whether it is a hidden test. A hidden
 * test's record never carries its name, message, output or code: only {@link #HIDDEN_FAILED}.
 */
public record TestResult(
        String name,
        int task,
        String status,
        String message,
        String output,
        double seconds,
        String file,
        int line,
        String code,
        boolean hidden) {
    /** All a student sees of a hidden test that did not pass. */
    public static final String HIDDEN_FAILED = "a hidden test failed";
    /** The most characters of a test's output a report carries (Exercism's limit). */
    public static final int MAX_OUTPUT = 500;

    public boolean passed() {
        return status.equals("pass");
    }

    /** A hidden test as a student sees it: numbered, and its outcome only. */
    static TestResult redacted(int number, int task, String status, double seconds) {
        return new TestResult(
                "hidden test " + number,
                task,
                status,
                status.equals("pass") ? "" : HIDDEN_FAILED,
                "",
                seconds,
                "",
                0,
                "",
                true);
    }

    /** At most {@link #MAX_OUTPUT} characters, with a note when more was printed. */
    static String capped(String output) {
        if (output.length() <= MAX_OUTPUT) {
            return output;
        }
        String note = "… (output cut at " + MAX_OUTPUT + " characters)";
        int end = MAX_OUTPUT - note.length();
        if (Character.isHighSurrogate(output.charAt(end - 1))) {
            end--; // never half a character
        }
        return output.substring(0, end) + note;
    }

    @Override
    public String toString() {
        return "TestResult(" + name + ", task " + task + ", " + status + (hidden ? ", hidden" : "") + ")";
    }
}
