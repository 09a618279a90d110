package bachprop.grade.format;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.TestResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * JUnit XML in the Surefire 3.0 schema (apache/maven-surefire, surefire-test-report-3.0.xsd), as CI
 * dashboards and CodeGrade read it: one {@code testsuite} (name, tests, errors, skipped, failures,
 * time) of {@code testcase}s (name, classname = the exercise, time) with a {@code failure} (an
 * assertion did not hold) or an {@code error} (another exception, a timeout, a crash, or the
 * exercise does not compile) child, then {@code system-out}. Every text is escaped, and characters
 * XML 1.0 cannot hold (control characters, lone surrogates) become U+FFFD. Exit 1 when a test did
 * not pass, as a build's test step does.
 */
final class JunitFormat implements ReportFormat {
    /** Where the schema is published. */
    static final String SCHEMA =
            "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd";

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public String description() {
        return "JUnit XML (Surefire 3.0 schema) for CI; exit 0 when every exercise passes, else 1";
    }

    @Override
    public void write(GradeRun run, OutputStream out) throws IOException {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        StringBuilder cases = new StringBuilder();
        for (ExerciseReport r : run.reports()) {
            String slug = r.exercise().slug();
            if (!r.compileErrors().isEmpty()) {
                tests++;
                errors++;
                cases.append("  <testcase name=\"does not compile\" classname=\"")
                        .append(escape(slug))
                        .append("\" time=\"0.000\">\n    <error message=\"does not compile\" type=\"compile\">")
                        .append(escape(GradeRun.problems(r)))
                        .append("</error>\n  </testcase>\n");
                continue;
            }
            for (TestResult t : r.tests()) {
                tests++;
                cases.append("  <testcase name=\"")
                        .append(escape(t.name()))
                        .append("\" classname=\"")
                        .append(escape(slug))
                        .append("\" time=\"")
                        .append(time(t.seconds()))
                        .append('"');
                if (t.passed() && t.output().isEmpty()) {
                    cases.append("/>\n");
                    continue;
                }
                cases.append(">\n");
                if (!t.passed()) {
                    String child = t.status().equals("error") ? "error" : "failure";
                    if (child.equals("error")) {
                        errors++;
                    } else {
                        failures++;
                    }
                    cases.append("    <")
                            .append(child)
                            .append(" message=\"")
                            .append(escape(t.message().lines().findFirst().orElse("")))
                            .append("\" type=\"")
                            .append(t.status())
                            .append("\">")
                            .append(escape(t.message()))
                            .append("</")
                            .append(child)
                            .append(">\n");
                }
                if (!t.output().isEmpty()) {
                    cases.append("    <system-out>").append(escape(t.output())).append("</system-out>\n");
                }
                cases.append("  </testcase>\n");
            }
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\""
                + SCHEMA + "\" version=\"3.0\" name=\"bachprop\" time=\"" + time(run.seconds()) + "\" tests=\"" + tests
                + "\" errors=\"" + errors + "\" skipped=\"0\" failures=\"" + failures + "\">\n"
                + "  <properties>\n"
                + "    <property name=\"points\" value=\"" + run.points() + "\"/>\n"
                + "    <property name=\"max_points\" value=\"" + run.maxPoints() + "\"/>\n"
                + "  </properties>\n"
                + cases
                + "</testsuite>\n";
        Fields.write(xml, out);
    }

    /** Seconds with three decimals, as the schema's SUREFIRE_TIME allows. */
    static String time(double seconds) {
        return String.format(Locale.ROOT, "%.3f", Math.max(0, seconds));
    }

    /**
     * Text fit for an attribute or element: {@code & < > " '} as entities, line breaks and tabs as
     * character references (kept through attribute normalisation), and what XML 1.0 cannot hold as U+FFFD.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
