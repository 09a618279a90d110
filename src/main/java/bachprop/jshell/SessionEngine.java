package bachprop.jshell;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jdk.jshell.execution.JdiInitiator;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's default execution engine (a JVM launched through JDI, commands and output over a
 * loopback socket, JDI for stopping a cell) with one difference: both ends of the socket send
 * small messages at once ({@code TCP_NODELAY}). JShell's own engine leaves Nagle's algorithm on,
 * and each snippet's few small messages waited for delayed acknowledgements: about 130 ms of a
 * 200 ms snippet was that wait. The session JVM runs {@link SessionMain}.
 */
final class SessionEngine implements ExecutionControlProvider {
    /** How long the session JVM may take to start and connect. */
    static final int TIMEOUT_MILLIS = 20_000;

    @Override
    public String name() {
        return "bachprop-session";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws Throwable {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(TIMEOUT_MILLIS);
            JdiInitiator jdi = new JdiInitiator(
                    listener.getLocalPort(),
                    env.extraRemoteVMOptions(),
                    SessionMain.class.getName(),
                    false,
                    "localhost",
                    TIMEOUT_MILLIS,
                    Map.of());
            List<Consumer<String>> deathListeners = new CopyOnWriteArrayList<>();
            Util.detectJdiExitEvent(jdi.vm(), reason -> deathListeners.forEach(l -> l.accept(reason)));
            Socket socket = listener.accept();
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream(); // before the input, as the remote side opens them
            Map<String, OutputStream> outputs = new HashMap<>();
            outputs.put("out", env.userOut());
            outputs.put("err", env.userErr());
            Map<String, InputStream> input = new HashMap<>();
            input.put("in", env.userIn());
            return Util.remoteInputOutput(
                    socket.getInputStream(),
                    out,
                    outputs,
                    input,
                    (in, cmdOut) -> new SessionControl(env, cmdOut, in, jdi.vm(), jdi.process(), deathListeners));
        }
    }

    @Override
    public String toString() {
        return "SessionEngine(JDI launch, TCP_NODELAY, timeout " + TIMEOUT_MILLIS + " ms)";
    }
}
