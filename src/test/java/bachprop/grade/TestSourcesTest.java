package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** From a JUnit unique id to the test's file, line and source, as the reports' test_code shows it. */
class TestSourcesTest {
    static final List<String> SOURCE = List.of(
            "class T {",
            "    @Test",
            "    @Tag(\"task:2\")",
            "    void bracesInTextDoNotEndIt() {",
            "        String s = \"}\"; char c = '}'; // }",
            "        /* } */ if (s.isEmpty()) {",
            "        }",
            "    }",
            "",
            "    void other() {}",
            "}");

    @Test
    void theMethodRunsFromItsAnnotationsToItsOwnClosingBrace() {
        TestSources.Place p = TestSources.method("T", "src/test/java/T.java", SOURCE, "bracesInTextDoNotEndIt");
        assertEquals(4, p.line());
        assertEquals(
                String.join(
                        "\n",
                        "@Test",
                        "@Tag(\"task:2\")",
                        "void bracesInTextDoNotEndIt() {",
                        "    String s = \"}\"; char c = '}'; // }",
                        "    /* } */ if (s.isEmpty()) {",
                        "    }",
                        "}"),
                p.code());
    }

    @Test
    void theClassComesFromTheUniqueId() {
        assertEquals(
                "pkg.OutputErrorTest",
                TestSources.className("[engine:junit-jupiter]/[class:pkg.OutputErrorTest]/[method:x()]"));
        assertEquals("", TestSources.className("[engine:junit-jupiter]/[method:x()]"));
    }
}
