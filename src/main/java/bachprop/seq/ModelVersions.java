package bachprop.seq;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a newly trained model goes without replacing one the person already has: the wanted file
 * if it is free (or replacing is asked for), else the first free {@code NAME-2.bpm},
 * {@code NAME-3.bpm}, … beside it.
 */
public final class ModelVersions {
    private ModelVersions() {}

    public static Path target(Path wanted, boolean replace) {
        if (replace || !Files.exists(wanted)) {
            return wanted;
        }
        String name = wanted.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            Path next = wanted.resolveSibling(stem + "-" + n + ext);
            if (!Files.exists(next)) {
                return next;
            }
        }
    }
}
