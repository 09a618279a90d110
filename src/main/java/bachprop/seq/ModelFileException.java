package bachprop.seq;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be used: not a model file, corrupt, or from an incompatible version. */
public final class ModelFileException extends IOException {
    public ModelFileException(Path file, String reason) {
        super(file + ": " + reason);
    }
}
