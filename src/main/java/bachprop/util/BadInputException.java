package bachprop.util;

/**
 * Bad input on the command line or in a file it names. The launcher prints the message as one
 * line (no stack trace) and exits with code 2.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
