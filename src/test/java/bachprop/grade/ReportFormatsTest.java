package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.format.GradeRun;
import bachprop.grade.format.ReportFormat;
import bachprop.grade.format.ReportFormats;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every machine format on a passing, a failing (pass, fail and error tests, hostile output and
 * messages) and an erroring run (nothing compiles), checked against the published field lists in
 * src/test/resources/bachprop/grade/formats/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFormatsTest {
    /** The learner's Calc of the failing run: task 1 wrong and printing, task 2 throwing, task 3 right. */
    static final String FAILING = Fixture.REFERENCE
            .replace(
                    "return a + b;",
                    "System.out.println(\"printed <&]]>\" + (char) 7 + \" by add\");\n"
                            + "        System.out.print(\"x\".repeat(2000));\n        return a - b;")
            .replace(
                    "int i = 0;",
                    "if (n > 0) {\n            throw new IllegalStateException(\"bad \" + (char) 0 + \"]]><x a='1'>&\");\n"
                            + "        }\n        int i = 0;");

    static final Pattern SUREFIRE_TIME = Pattern.compile("(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\\.[0-9]{0,3})?");

    final Map<String, GradeRun> runs = new LinkedHashMap<>();

    @BeforeAll
    void gradeThreeRuns(@TempDir Path tmp) throws Exception {
        runs.put("passing", grade(tmp.resolve("p"), Fixture.REFERENCE, List.of("calc", "twice")));
        runs.put("failing", grade(tmp.resolve("f"), FAILING, List.of("calc", "twice")));
        runs.put("erroring", grade(tmp.resolve("e"), Fixture.REFERENCE.replace("a + b;", "a + ;"), List.of("calc")));
    }

    static GradeRun grade(Path root, String calc, List<String> slugs) throws Exception {
        Path ex = Fixture.write(root, calc);
        Grader grader = new Grader(ex, Duration.ofSeconds(5), Duration.ofSeconds(60));
        List<Exercise> chosen = grader.exercises().stream()
                .filter(e -> slugs.contains(e.slug()))
                .toList();
        return new GradeRun(grader.grade(chosen, line -> {}), 1.5);
    }

    static String write(String format, GradeRun run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormats.named(format).write(run, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void theThreeRunsAreAPassAFailAndAnError() {
        assertEquals("pass", runs.get("passing").status());
        assertEquals("fail", runs.get("failing").status());
        assertEquals("error", runs.get("erroring").status());
        List<String> statuses = runs.get("failing").reports().get(0).tests().stream()
                .map(TestResult::status)
                .sorted()
                .toList();
        assertEquals(List.of("error", "fail", "pass"), statuses);
    }

    @Test
    void exercismResultsFollowTheVersion3FieldList() throws Exception {
        FieldList fields = FieldList.load("exercism");
        for (var e : runs.entrySet()) {
            JsonNode doc = json(write("exercism", e.getValue()));
            assertEquals(List.of(), fields.problems(doc), e.getKey());
            assertEquals(e.getValue().status(), doc.get("status").asText(), e.getKey());
            for (JsonNode t : doc.get("tests")) {
                assertTrue(t.get("output").isNull() || t.get("output").asText().length() <= 500, t.toString());
            }
        }
        JsonNode error = json(write("exercism", runs.get("erroring")));
        assertTrue(error.get("message").asText().contains("calc/src/main/java/Calc.java:3: error"), error.toString());
        assertEquals(0, error.get("tests").size());
        JsonNode failing = json(write("exercism", runs.get("failing")));
        JsonNode add = find(failing.get("tests"), "calc: addsTwoAndThree()");
        assertEquals(1, add.get("task_id").asInt());
        assertTrue(add.get("message").asText().contains("hint: Plus, not minus"), add.toString());
        assertTrue(add.get("output").asText().startsWith("printed <&]]>\u0007 by add\nxxx"), add.toString());
        assertTrue(add.get("test_code").asText().startsWith("@Test\n@Tag(\"task:1\")\nvoid addsTwoAndThree() {"));
        assertEquals(
                "error",
                find(failing.get("tests"), "calc: countsToTen()").get("status").asText());
    }

    @Test
    void gradescopeResultsFollowTheFieldListAndScoreOnePointPerTask() throws Exception {
        FieldList fields = FieldList.load("gradescope");
        for (var e : runs.entrySet()) {
            JsonNode doc = json(write("gradescope", e.getValue()));
            assertEquals(List.of(), fields.problems(doc), e.getKey());
        }
        assertEquals(
                4.0, json(write("gradescope", runs.get("passing"))).get("score").asDouble());
        JsonNode failing = json(write("gradescope", runs.get("failing")));
        // calc: task 3 passes (1 point); twice: 1 point; tasks 1 and 2 fail.
        assertEquals(2.0, failing.get("score").asDouble());
        JsonNode count = find(failing.get("tests"), "calc: countsToTen()");
        assertEquals("failed", count.get("status").asText());
        assertTrue(count.get("output").asText().startsWith("error: IllegalStateException: bad"), count.toString());
        JsonNode erroring = json(write("gradescope", runs.get("erroring")));
        assertEquals(0.0, erroring.get("score").asDouble());
        assertEquals(3.0, erroring.get("tests").get(0).get("max_score").asDouble());
    }

    @Test
    void classroomResultIsBase64OfTheGraderJson() throws Exception {
        FieldList fields = FieldList.load("classroom");
        for (var e : runs.entrySet()) {
            String text = write("classroom", e.getValue()).strip();
            JsonNode doc = json(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
            assertEquals(List.of(), fields.problems(doc), e.getKey());
            assertEquals(e.getValue().status(), doc.get("status").asText());
            double sum = 0;
            for (JsonNode t : doc.get("tests")) {
                sum += t.get("score").asDouble();
            }
            // The reporter sums the tests' scores against max_score.
            assertEquals(e.getValue().points(), sum, 1e-12, e.getKey());
        }
        JsonNode passing = json(new String(
                Base64.getDecoder()
                        .decode(write("classroom", runs.get("passing")).strip()),
                StandardCharsets.UTF_8));
        assertEquals(4.0, passing.get("max_score").asDouble());
        JsonNode add = find(passing.get("tests"), "calc: addsTwoAndThree()");
        assertEquals("calc/src/test/java/CalcTest.java", add.get("filename").asText());
        assertEquals(
                Fixture.TEST.lines().toList().indexOf("    void addsTwoAndThree() {") + 1,
                add.get("line_no").asInt());
    }

    @Test
    void junitXmlFollowsTheSurefire30SchemaEvenForHostileText() throws Exception {
        List<String[]> rules = junitRules();
        for (var e : runs.entrySet()) {
            String xml = write("junit", e.getValue());
            Document doc = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            List<String> problems = new ArrayList<>();
            checkElement(doc.getDocumentElement(), rules, problems);
            assertEquals(List.of(), problems, e.getKey() + ":\n" + xml);
            Element suite = doc.getDocumentElement();
            assertEquals("testsuite", suite.getTagName());
            NodeList cases = suite.getElementsByTagName("testcase");
            assertEquals(String.valueOf(cases.getLength()), suite.getAttribute("tests"));
            assertEquals(
                    String.valueOf(suite.getElementsByTagName("failure").getLength()), suite.getAttribute("failures"));
            assertEquals(String.valueOf(suite.getElementsByTagName("error").getLength()), suite.getAttribute("errors"));
        }
        String failing = write("junit", runs.get("failing"));
        assertFalse(failing.contains("]]>"), "no raw ]]> in the XML");
        assertTrue(failing.contains("bad \uFFFD]]&gt;&lt;x a=&apos;1&apos;&gt;&amp;"), failing);
        assertTrue(failing.contains("<system-out>printed &lt;&amp;]]&gt;\uFFFD by add"), failing);
    }

    @Test
    void exitCodesFollowEachSystemsConvention() {
        for (String name : List.of("exercism", "gradescope", "classroom")) {
            ReportFormat f = ReportFormats.named(name);
            for (GradeRun run : runs.values()) {
                assertEquals(0, f.exitCode(run), name + " writes its verdict into the file and exits 0");
            }
        }
        for (String name : List.of("text", "json", "junit")) {
            ReportFormat f = ReportFormats.named(name);
            assertEquals(0, f.exitCode(runs.get("passing")), name);
            assertEquals(1, f.exitCode(runs.get("failing")), name);
            assertEquals(1, f.exitCode(runs.get("erroring")), name);
        }
    }

    @Test
    void productJsonCarriesTasksTestsAndPoints() throws Exception {
        JsonNode doc = json(write("json", runs.get("failing")));
        assertEquals(2.0, doc.get("points").asDouble());
        assertEquals(4.0, doc.get("max_points").asDouble());
        JsonNode calc = doc.get("exercises").get(0);
        assertEquals("subtracts", calc.get("tasks").get(0).get("recognised").asText());
        assertEquals(3, calc.get("tests").size());
    }

    private static JsonNode find(JsonNode tests, String name) {
        for (JsonNode t : tests) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no test " + name + " in " + tests);
    }

    /** {element, attribute or "children", presence or the children, optional check}. */
    private static List<String[]> junitRules() throws Exception {
        List<String[]> rules = new ArrayList<>();
        String text = new String(
                ReportFormatsTest.class
                        .getResourceAsStream("formats/junit.fields")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+", 2);
            if (f[0].contains("@")) {
                String[] rest = f[1].split("\\s+");
                rules.add(new String[] {
                    f[0].substring(0, f[0].indexOf('@')),
                    f[0].substring(f[0].indexOf('@') + 1),
                    rest[0],
                    rest.length > 1 ? rest[1] : ""
                });
            } else {
                String[] rest = f[1].split("\\s+", 2);
                rules.add(new String[] {f[0], "children", rest[1], ""});
            }
        }
        return rules;
    }

    private static void checkElement(Element el, List<String[]> rules, List<String> problems) {
        String tag = el.getTagName();
        List<String> known = new ArrayList<>();
        List<String> children = null;
        for (String[] r : rules) {
            if (!r[0].equals(tag)) {
                continue;
            }
            if (r[1].equals("children")) {
                children = List.of(r[2].split("\\s+"));
                continue;
            }
            known.add(r[1]);
            if (r[2].equals("required") && !el.hasAttribute(r[1])) {
                problems.add(tag + " without " + r[1]);
            }
            if (r[3].equals("time")
                    && el.hasAttribute(r[1])
                    && !SUREFIRE_TIME.matcher(el.getAttribute(r[1])).matches()) {
                problems.add(tag + "@" + r[1] + " is not a Surefire time: " + el.getAttribute(r[1]));
            }
        }
        NamedNodeMap attrs = el.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            if (!known.contains(attrs.item(i).getNodeName())) {
                problems.add(tag + " has attribute " + attrs.item(i).getNodeName() + " the schema does not list");
            }
        }
        int last = -1;
        int errors = 0;
        NodeList kids = el.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i).getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element kid = (Element) kids.item(i);
            int at = children == null ? -1 : children.indexOf(kid.getTagName());
            if (at < 0) {
                problems.add(tag + " may not hold " + kid.getTagName());
            } else if (at < last) {
                problems.add(tag + " holds " + kid.getTagName() + " out of the schema's order");
            }
            last = Math.max(last, at);
            errors += kid.getTagName().equals("error") ? 1 : 0;
            checkElement(kid, rules, problems);
        }
        if (errors > 1) {
            problems.add(tag + " holds " + errors + " error elements (at most one)");
        }
    }
}
