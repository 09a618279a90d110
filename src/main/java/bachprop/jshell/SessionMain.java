package bachprop.jshell;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The main class of a session's JVM: JShell's own remote agent ({@link RemoteExecutionControl}),
 * started the way its {@code main} starts it, except that the socket to the app sends small
 * messages at once ({@code TCP_NODELAY}). Without that, each of the few small messages of a
 * snippet (load, invoke, value, output) could wait for the other side's delayed acknowledgement
 * (Nagle's algorithm), about 40 ms each. See {@link SessionEngine} for the app's side.
 *
 * <p>Loaded from the session's agent jar ({@link SessionAgent}); no lambdas or nested classes.
 */
public final class SessionMain implements Consumer<Object> {
    private final boolean err;

    private SessionMain(boolean err) {
        this.err = err;
    }

    /** @param args the app's port on the loopback interface */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Socket socket = new Socket((String) null, Integer.parseInt(args[0]));
        socket.setTcpNoDelay(true);
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", (Consumer<OutputStream>) (Consumer<?>) new SessionMain(false));
        outputs.put("err", (Consumer<OutputStream>) (Consumer<?>) new SessionMain(true));
        Map<String, Consumer<InputStream>> input = new HashMap<>();
        input.put("in", (Consumer<InputStream>) (Consumer<?>) new SessionMain(false));
        Util.forwardExecutionControlAndIO(
                new RemoteExecutionControl(), socket.getInputStream(), socket.getOutputStream(), outputs, input);
    }

    /** Points System.out, System.err or System.in at the socket's channel (as JShell's own main does). */
    @Override
    public void accept(Object stream) {
        if (stream instanceof InputStream in) {
            System.setIn(in);
        } else if (err) {
            System.setErr(new PrintStream((OutputStream) stream, true));
        } else {
            System.setOut(new PrintStream((OutputStream) stream, true));
        }
    }

    @Override
    public String toString() {
        return "SessionMain(" + (err ? "err" : "out/in") + ")";
    }
}
