package bachprop.jshell;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.ClassNotLoadedException;
import com.sun.jdi.Field;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.InvalidTypeException;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.List;
import java.util.function.Consumer;
import jdk.jshell.execution.JdiExecutionControl;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The app's side of a session made by {@link SessionEngine}: commands go over the socket (as in
 * JShell's default engine), and a stop is delivered through JDI to the thread running the cell,
 * as JShell's default engine delivers it: the agent is told a stop is expected, and the thread
 * gets the agent's own stop exception, which it reports as "stopped".
 */
final class SessionControl extends JdiExecutionControl {
    private static final String AGENT = RemoteExecutionControl.class.getName();

    private final Object stopLock = new Object();
    private VirtualMachine vm;
    private Process process;
    private boolean userCodeRunning;

    SessionControl(
            ExecutionEnv env,
            ObjectOutput commands,
            ObjectInput results,
            VirtualMachine vm,
            Process process,
            List<Consumer<String>> deathListeners) {
        super(commands, results);
        this.vm = vm;
        this.process = process;
        deathListeners.add(reason -> env.closeDown());
        deathListeners.add(reason -> disposeVM());
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, EngineTerminationException, InternalException {
        synchronized (stopLock) {
            userCodeRunning = true;
        }
        try {
            return super.invoke(className, methodName);
        } finally {
            synchronized (stopLock) {
                userCodeRunning = false;
            }
        }
    }

    /** Stops the running cell: finds the agent's frame running client code and throws its stop exception there. */
    @Override
    public void stop() throws EngineTerminationException, InternalException {
        synchronized (stopLock) {
            if (!userCodeRunning) {
                return;
            }
            VirtualMachine machine = vm();
            machine.suspend();
            try {
                for (ThreadReference thread : machine.allThreads()) {
                    ObjectReference agent = agentRunningClientCode(thread);
                    if (agent != null) {
                        stop(machine, thread, agent);
                        return;
                    }
                }
            } catch (ClassNotLoadedException | IncompatibleThreadStateException | InvalidTypeException e) {
                throw new InternalException("the cell could not be stopped: " + e);
            } finally {
                machine.resume();
            }
        }
    }

    /** The agent object whose invoke (or varValue) runs on {@code thread}, or null. */
    private static ObjectReference agentRunningClientCode(ThreadReference thread)
            throws IncompatibleThreadStateException {
        for (StackFrame frame : thread.frames()) {
            String method = frame.location().method().name();
            if (AGENT.equals(frame.location().declaringType().name())
                    && (method.equals("invoke") || method.equals("varValue"))) {
                return frame.thisObject();
            }
        }
        return null;
    }

    private static void stop(VirtualMachine machine, ThreadReference thread, ObjectReference agent)
            throws ClassNotLoadedException, InvalidTypeException {
        ReferenceType type = agent.referenceType();
        Field inClientCode = type.fieldByName("inClientCode");
        Field expectingStop = type.fieldByName("expectingStop");
        Field stopException = type.fieldByName("stopException");
        if (!((BooleanValue) agent.getValue(inClientCode)).value()) {
            return;
        }
        agent.setValue(expectingStop, machine.mirrorOf(true));
        ObjectReference exception = (ObjectReference) agent.getValue(stopException);
        machine.resume();
        thread.stop(exception);
        agent.setValue(expectingStop, machine.mirrorOf(false));
    }

    @Override
    public void close() {
        super.close();
        disposeVM();
    }

    private synchronized void disposeVM() {
        try {
            if (vm != null) {
                vm.dispose();
            }
        } catch (RuntimeException e) {
            // already gone (VMDisconnectedException) or never fully connected
        } finally {
            vm = null;
            if (process != null) {
                process.destroy();
                process = null;
            }
        }
    }

    @Override
    protected synchronized VirtualMachine vm() throws EngineTerminationException {
        if (vm == null) {
            throw new EngineTerminationException("the session's JVM is closed");
        }
        return vm;
    }

    @Override
    public String toString() {
        return "SessionControl(" + (vm == null ? "closed" : "running") + ")";
    }
}
