package bachprop.grade.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.classroom.Gradebook.Row;
import bachprop.grade.classroom.Submission.Refused;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The gradebook's CSV (RFC 4180, formula-safe) and the zip entry names a submission may not have. */
class GradebookCsvTest {
    @Test
    void fieldsThatASpreadsheetWouldRunAsFormulasGetALeadingQuote() {
        for (String s : List.of("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertTrue(Gradebook.field(s).startsWith("'") || Gradebook.field(s).startsWith("\"'"), s);
        }
        assertEquals("alice", Gradebook.field("alice"));
        assertEquals("'=HYPERLINK(x)", Gradebook.field("=HYPERLINK(x)"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", Gradebook.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Gradebook.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Gradebook.field("two\nlines"));
        assertEquals("\"'=1,2\"", Gradebook.field("=1,2"));
    }

    @Test
    void rowsAreSortedByStudentAndReadBackCellForCell() {
        Map<String, Double> points = new LinkedHashMap<>(Map.of("a", 2.0, "b", 1.25));
        String csv = Gradebook.csv(
                List.of("a", "b"),
                List.of(
                        new Row("zoe", points, OptionalInt.of(4), 1.25, ""),
                        new Row("=cmd|' /C calc'!A0", Map.of(), OptionalInt.empty(), 0.04, "broken, \"really\""),
                        new Row("adam", Map.of("a", 1.0), OptionalInt.empty(), 3, "")));
        List<String> lines = List.of(csv.split("\r\n"));
        assertTrue(csv.endsWith("\r\n"), "every line ends in CRLF");
        assertEquals("student,a,b,total,hints used,wall time,error", lines.get(0));
        assertEquals(List.of("'=cmd|' /C calc'!A0", "", "", "", "", "0.0", "broken, \"really\""), parse(lines.get(1)));
        assertEquals(List.of("adam", "1", "0", "1", "", "3.0", ""), parse(lines.get(2)));
        assertEquals(List.of("zoe", "2", "1.25", "3.25", "4", "1.3", ""), parse(lines.get(3)));
    }

    @Test
    void zipEntriesThatClimbOutOrAreAbsoluteAreRefused() throws Refused {
        for (String bad : List.of("../x.java", "a/../../x", "a\\..\\..\\x", "/etc/passwd", "C:/x", "ok/..")) {
            assertThrows(Refused.class, () -> ZipSubmission.checkName(bad), bad);
        }
        ZipSubmission.checkName("alice/bp1-output-error/src/main/java/OutputError.java");
        ZipSubmission.checkName("a..b/c.java");
    }

    /** One CSV line (RFC 4180, no line breaks inside fields) back into its fields. */
    static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
