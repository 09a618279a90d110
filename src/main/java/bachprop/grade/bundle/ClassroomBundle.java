package bachprop.grade.bundle;

import bachprop.grade.Exercise;
import bachprop.util.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bachprop grade --bundle classroom DIR}: a GitHub Classroom template repository. The
 * student pack (stubs, docs, visible tests only: the repository is the student's), the grader in
 * {@code .bachprop/lib/} with {@code .bachprop/grade} to run it, and
 * {@code .github/workflows/classroom.yml} ({@link ClassroomWorkflow}).
 */
public final class ClassroomBundle {
    /** The grader's folder inside the repository. */
    static final String GRADER = ".bachprop";

    private ClassroomBundle() {}

    /** What was written: the folder, its number of files, exercises and grader jars. */
    public record Written(Path dir, int files, int exercises, int jars) {
        @Override
        public String toString() {
            return "bundle: GitHub Classroom template repository with " + exercises
                    + (exercises == 1 ? " exercise" : " exercises") + " (" + files + " files, the grader in " + jars
                    + " jars) written to " + dir;
        }
    }

    /** Writes the template repository into {@code dir} (new or empty). */
    public static Written write(Path exercisesDir, List<Exercise> all, List<Exercise> chosen, Path dir)
            throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new BadInputException(
                            dir + " is not empty: a template repository is only written into a new or empty folder");
                }
            }
        }
        BundleFiles bundle = new BundleFiles();
        StudentFiles.add(bundle, "", exercisesDir, all, chosen, false);
        int jars = GraderCopy.addTo(bundle, GRADER + "/lib");
        bundle.addScript(GRADER + "/grade", GradescopeBundle.script("classroom-grade"));
        bundle.addText(".github/workflows/classroom.yml", ClassroomWorkflow.yaml(chosen));
        bundle.addText("README.md", readme(chosen));
        bundle.writeTo(dir);
        return new Written(dir, bundle.files().size(), chosen.size(), jars);
    }

    private static String readme(List<Exercise> chosen) {
        StringBuilder list = new StringBuilder();
        for (Exercise ex : chosen) {
            list.append("- `")
                    .append(ex.slug())
                    .append("` (chapter ")
                    .append(ex.chapter())
                    .append("): ")
                    .append(ex.title())
                    .append('\n');
        }
        return """
                # Bachprop exercises

                Each folder is one exercise. Read its `.docs/instructions.md`, edit the file under
                `src/main/java/`, and grade your work with Java 17:

                    .bachprop/grade                (every exercise)
                    .bachprop/grade SLUG           (one exercise)

                The table shows each task's result and, when a task fails, a hint (`.docs/hints.md`
                has them all). Every push is graded by GitHub Classroom
                (`.github/workflows/classroom.yml`): one check per exercise, its points when all its
                tasks pass.

                """ + list;
    }
}
