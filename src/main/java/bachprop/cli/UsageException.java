package bachprop.cli;

/**
 * Bad input on the command line or in a file it names. The launcher prints the message as one
 * line (no stack trace) and exits with code 2.
 */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
