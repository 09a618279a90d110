package bachprop.music.data;

import java.io.IOException;

/**
 * A download failed: the server cannot be reached (offline), answered with an HTTP error, stalled
 * or took too long, or sent more or fewer bytes than promised. Its text is one line meant for a
 * person, so {@link #toString()} is the message alone (no class name in front of it).
 */
public class FetchException extends IOException {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
