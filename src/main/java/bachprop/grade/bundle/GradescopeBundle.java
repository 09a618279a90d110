package bachprop.grade.bundle;

import bachprop.grade.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bachprop grade --bundle gradescope FILE.zip}: a Gradescope autograder. At the zip's root
 * {@code setup.sh} (installs Java 17) and {@code run_autograder} (grades {@code /autograder/submission}
 * into {@code /autograder/results/results.json}); beside them {@code grader/lib/} (a self-contained
 * copy of the grader, {@link GraderCopy}) and {@code exercises/} (stubs, docs, visible and hidden
 * tests; never a reference solution, since the student's code runs in the same container).
 */
public final class GradescopeBundle {
    /**
     * What run_autograder passes to {@code bachprop grade --dir EXERCISES}: Gradescope's results
     * format into results.json, hidden tests included (the formats branch's options).
     */
    public static final String GRADE_ARGS = "--format gradescope --out \"$results\" --hidden";

    private GradescopeBundle() {}

    /** What was written: the zip, its number of files, exercises and grader jars. */
    public record Written(Path zip, int files, int exercises, int jars) {
        @Override
        public String toString() {
            return "bundle: Gradescope autograder with " + exercises + (exercises == 1 ? " exercise" : " exercises")
                    + " (" + files + " files, the grader in " + jars + " jars) written to " + zip;
        }
    }

    /** Writes the autograder zip for {@code chosen}, with {@code gradeArgs} in run_autograder. */
    public static Written write(
            Path exercisesDir, List<Exercise> all, List<Exercise> chosen, Path zip, String gradeArgs)
            throws IOException {
        BundleFiles bundle = files(exercisesDir, all, chosen, gradeArgs);
        bundle.writeZip(zip);
        int jars = (int) bundle.files().keySet().stream()
                .filter(p -> p.startsWith("grader/lib/"))
                .count();
        return new Written(zip, bundle.files().size(), chosen.size(), jars);
    }

    public static Written write(Path exercisesDir, List<Exercise> all, List<Exercise> chosen, Path zip)
            throws IOException {
        return write(exercisesDir, all, chosen, zip, GRADE_ARGS);
    }

    static BundleFiles files(Path exercisesDir, List<Exercise> all, List<Exercise> chosen, String gradeArgs)
            throws IOException {
        BundleFiles bundle = new BundleFiles();
        bundle.addScript("setup.sh", script("setup.sh"));
        bundle.addScript("run_autograder", script("run_autograder").replace("@GRADE_ARGS@", gradeArgs));
        GraderCopy.addTo(bundle, "grader/lib");
        StudentFiles.add(bundle, "exercises", exercisesDir, all, chosen, true);
        bundle.addText("README.md", """
                # Bachprop autograder for Gradescope

                Written by `bachprop grade --bundle gradescope`. Upload this zip as a programming
                assignment's autograder ("Zip file upload", Ubuntu base image). Students upload their
                pack folder, or just the exercise files they edited (for example `OutputError.java`).

                - `setup.sh` installs Java 17 and checks the grader in `grader/lib/` starts.
                - `run_autograder` grades the submission against `exercises/` (the stubs, the docs,
                  the visible tests and the hidden ones in `SLUG/.meta/hidden/`) and writes
                  `/autograder/results/results.json`; hidden tests show only as "a hidden test failed".
                - Try it outside Gradescope: unpack into `ROOT/source/`, put files into
                  `ROOT/submission/`, run `AUTOGRADER_ROOT=ROOT bash ROOT/source/run_autograder`.
                """);
        return bundle;
    }

    /** A script kept beside this class as a resource ({@code bachprop/grade/bundle/NAME}). */
    static String script(String name) throws IOException {
        try (InputStream in = GradescopeBundle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the bundle's script " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
