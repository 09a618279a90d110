package bachprop.music.data;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The real chorale corpus for the tests that need it (tagged {@code corpus}), found through the
 * product's own lookup ({@link DataLocator#standard}: {@code $BACHPROP_DATA}, the user's cache, or
 * the development data folder that {@link DataLocator} knows). When it is absent such a test is skipped with a
 * reason that says how to provide it — unless the system property {@value #REQUIRE} is
 * {@code true} or the environment variable {@value #REQUIRE_ENV} is set (as in {@code .ci/run}):
 * then absence is a failure, so CI cannot pass by skipping.
 */
public final class RealData {
    /** {@code -Dbachprop.requireCorpus=true}: a missing corpus fails the test instead of skipping it. */
    public static final String REQUIRE = "bachprop.requireCorpus";
    /** {@code BACHPROP_REQUIRE_CORPUS=1 mvn verify}: the same, for CI scripts that run the plain command. */
    public static final String REQUIRE_ENV = "BACHPROP_REQUIRE_CORPUS";

    private static volatile boolean announced;

    private RealData() {}

    /** True if the JSB chorales are found (no skip, no failure). */
    public static boolean hasJsb() {
        return DataLocator.standard(null).candidates().stream()
                .anyMatch(l -> l.jsb().isPresent());
    }

    /** The folder holding the JSB CSV tree ({@code train/valid/test}). */
    public static Path jsb() {
        return DataLocator.standard(null).candidates().stream()
                .map(DataLocator.Location::jsb)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseGet(() -> missing("the JSB chorales"));
    }

    /** The UCI {@code chorales.lisp}. */
    public static Path uci() {
        return DataLocator.standard(null).candidates().stream()
                .map(DataLocator.Location::uci)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseGet(() -> missing("the UCI chorales"));
    }

    /** The JSB {@code .tgz} as published (kept beside the CSV tree by {@code data fetch}). */
    public static Path jsbArchive() {
        Path tgz = jsb().resolveSibling(Fetcher.JSB_FILE);
        return Files.isRegularFile(tgz) ? tgz : missing("the JSB archive " + Fetcher.JSB_FILE);
    }

    /** Skips (or, when the corpus is required, fails) the calling test unless the JSB chorales are found. */
    public static void assumeJsb() {
        jsb();
    }

    /** Skips (or, when the corpus is required, fails) the calling test unless the UCI chorales are found. */
    public static void assumeUci() {
        uci();
    }

    private static <T> T missing(String what) {
        String why = "needs the real corpus (" + what
                + "), not found where `bachprop data path` looks: run `./bachprop data fetch`," + " or set $"
                + DataLocator.ENV + " to a data root";
        String env = System.getenv(REQUIRE_ENV);
        if (Boolean.getBoolean(REQUIRE) || (env != null && !env.isBlank() && !env.equals("0"))) {
            fail(why + " [" + REQUIRE + " / $" + REQUIRE_ENV + " is set: a missing corpus is a failure, not a skip]");
        }
        if (!announced) {
            announced = true;
            System.err.println("[tests] skipping the tests tagged corpus: " + why);
        }
        Assumptions.abort(why);
        throw new AssertionError("unreachable");
    }
}
