package bachprop.music.data;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The real chorale corpus for the tests that need it (tagged {@code corpus}), found through the
 * product's own lookup ({@link DataLocator#standard}: {@code $BACHPROP_DATA}, the user's cache, or
 * {@code ../shared/data} beside the checkout). When it is absent such a test is skipped with a
 * reason that says how to provide it — unless the system property {@value #REQUIRE} is
 * {@code true} (as in {@code .ci/run}), where absence is a failure, so CI cannot pass by skipping.
 */
public final class RealData {
    /** {@code -Dbachprop.requireCorpus=true}: a missing corpus fails the test instead of skipping it. */
    public static final String REQUIRE = "bachprop.requireCorpus";

    private RealData() {
    }

    /** The folder holding the JSB CSV tree ({@code train/valid/test}). */
    public static Path jsb() {
        return DataLocator.standard(null).candidates().stream().map(DataLocator.Location::jsb)
                .flatMap(Optional::stream).findFirst().orElseGet(() -> missing("the JSB chorales"));
    }

    /** The UCI {@code chorales.lisp}. */
    public static Path uci() {
        return DataLocator.standard(null).candidates().stream().map(DataLocator.Location::uci)
                .flatMap(Optional::stream).findFirst().orElseGet(() -> missing("the UCI chorales"));
    }

    /** The JSB {@code .tgz} as published (kept beside the CSV tree by {@code data fetch}). */
    public static Path jsbArchive() {
        Path tgz = jsb().resolveSibling(Fetcher.JSB_FILE);
        return Files.isRegularFile(tgz) ? tgz : missing("the JSB archive " + Fetcher.JSB_FILE);
    }

    /** Skips (or, under {@value #REQUIRE}, fails) the calling test unless the JSB chorales are found. */
    public static void assumeJsb() {
        jsb();
    }

    private static <T> T missing(String what) {
        String why = "needs the real corpus (" + what + "), not found where `bachprop data path` looks: run `./bachprop data fetch`,"
                + " or set $" + DataLocator.ENV + " to a data root";
        if (Boolean.getBoolean(REQUIRE)) {
            fail(why + " [-D" + REQUIRE + "=true: a missing corpus is a failure]");
        }
        Assumptions.abort(why);
        throw new AssertionError("unreachable");
    }
}
