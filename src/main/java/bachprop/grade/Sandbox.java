package bachprop.grade;

import java.io.FilePermission;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.AccessControlException;
import java.security.AccessController;
import java.security.Permission;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.PropertyPermission;

/**
 * The child JVM's sandbox: a {@link Policy} that grants the learner's classes (those loaded by a
 * {@link LearnerLoader}: the exercise's main and test classes) almost nothing, and a
 * {@link SecurityManager} that enforces it and turns every refusal into a sentence naming what
 * was attempted. The grader's own classes, JUnit and the JDK keep every permission; a permission
 * check fails as soon as a learner frame is on the stack (see docs/exercises.md, "Threat model").
 *
 * <p>Learner code may: read system properties, reflect over its own members, and read, write
 * and delete files inside the child's working folder (a fresh temporary folder per grade).
 * Everything else (other files, processes, sockets, System.exit/halt, setOut/setErr,
 * FileDescriptor.out, setAccessible, class loaders, System.setProperty, shutdown hooks, more
 * than {@link #MAX_THREADS} threads) is refused, and the first refusal in a test fails that test.
 */
final class Sandbox {
    static final int MAX_THREADS = 64;

    /** The class loader of one exercise variant: the classes it defines are the learner's. */
    static final class LearnerLoader extends URLClassLoader {
        LearnerLoader(String name, URL[] urls, ClassLoader parent) {
            super(name, urls, parent);
        }
    }

    /** A permission only trusted code has: used to tell whether learner code is on the stack. */
    private static final RuntimePermission TRUSTED = new RuntimePermission("bachprop.grade.trusted");

    private static volatile String violation;
    private static int learnerThreads;

    private Sandbox() {}

    /** Installs the policy and the security manager; from then on learner classes run confined to {@code work}. */
    static void install(Path work) {
        Policy.setPolicy(new LearnerPolicy(work.toAbsolutePath().normalize()));
        System.setSecurityManager(new Guard(work.toAbsolutePath().normalize()));
    }

    /** The first forbidden action since the last call (null when none), and forgets it. */
    static synchronized String takeViolation() {
        String v = violation;
        violation = null;
        return v;
    }

    private static synchronized SecurityException refuse(String what) {
        if (violation == null) {
            violation = what;
        }
        return new SecurityException(what);
    }

    /** Grants everything to trusted code, and to learner code only what the class comment lists. */
    private static final class LearnerPolicy extends Policy {
        private final Path work;
        private final FilePermission workFiles;

        LearnerPolicy(Path work) {
            this.work = work;
            workFiles = new FilePermission(work + "/-", "read,write,delete,readlink");
        }

        @Override
        public boolean implies(ProtectionDomain domain, Permission p) {
            if (!(domain.getClassLoader() instanceof LearnerLoader)) {
                return true;
            }
            if (p instanceof FilePermission) {
                // A relative name is relative to the working directory, which is the temporary folder.
                String name = p.getName();
                boolean relative = !name.startsWith("/") && !name.equals("<<ALL FILES>>");
                return workFiles.implies(
                        relative ? new FilePermission(work.resolve(name).toString(), p.getActions()) : p);
            }
            if (p instanceof PropertyPermission) {
                return p.getActions().equals("read");
            }
            if (p instanceof RuntimePermission) {
                return p.getName().equals("accessDeclaredMembers");
            }
            return false;
        }
    }

    /** Enforces the policy; each refusal says in words what the test tried to do. */
    private static final class Guard extends SecurityManager {
        private final String work;

        Guard(Path work) {
            this.work = work.toString();
        }

        @Override
        public void checkPermission(Permission p) {
            try {
                AccessController.checkPermission(p);
            } catch (AccessControlException e) {
                throw refuse(describe(p));
            }
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            checkPermission(p);
        }

        /** Thread creation is allowed to learner code up to {@link #MAX_THREADS} threads. */
        @Override
        public void checkAccess(ThreadGroup g) {
            super.checkAccess(g);
            try {
                AccessController.checkPermission(TRUSTED);
            } catch (AccessControlException e) {
                synchronized (Sandbox.class) {
                    if (++learnerThreads > MAX_THREADS) {
                        throw refuse(
                                "the test tried to start more than " + MAX_THREADS + " threads: that is over the cap");
                    }
                }
            }
        }

        String describe(Permission p) {
            String name = p.getName();
            String outside = "is outside the exercise's temporary folder (" + work + ")";
            if (p instanceof FilePermission) {
                String actions = p.getActions();
                if (actions.contains("execute")) {
                    return "the test tried to start "
                            + (name.equals("<<ALL FILES>>") ? "a program" : "the program " + name)
                            + ": starting processes is not allowed";
                }
                if (actions.contains("write") || actions.contains("delete")) {
                    return "the test tried to " + (actions.contains("delete") ? "delete " : "write ") + name
                            + ": writing outside the exercise's temporary folder is not allowed";
                }
                return "the test tried to read " + name + ", which " + outside + ": reading other files is not allowed";
            }
            if (p instanceof RuntimePermission) {
                if (name.startsWith("exitVM")) {
                    String status = name.substring(name.indexOf('.') + 1);
                    return "the test tried to end the JVM with System.exit(" + status + ") or Runtime.halt(" + status
                            + "): ending the test JVM is not allowed";
                }
                return switch (name) {
                    case "setIO" -> "the test tried to replace System.out, System.err or System.in: not allowed";
                    case "writeFileDescriptor", "readFileDescriptor" ->
                        "the test tried to use a raw file descriptor (e.g. FileDescriptor.out): not allowed";
                    case "createClassLoader", "getClassLoader" -> "the test tried to use a class loader: not allowed";
                    case "shutdownHooks" -> "the test tried to add a shutdown hook: not allowed";
                    case "manageProcess" -> "the test tried to manage a process: not allowed";
                    case "setSecurityManager" -> "the test tried to replace the security manager: not allowed";
                    default -> "the test tried something not allowed (RuntimePermission " + name + ")";
                };
            }
            if (p instanceof PropertyPermission) {
                return "the test tried to change the system property " + name + ": not allowed";
            }
            String kind = p.getClass().getSimpleName();
            if (kind.equals("SocketPermission") || kind.equals("NetPermission")) {
                return "the test tried to open a network connection (" + name + "): the network is not allowed";
            }
            if (kind.equals("ReflectPermission")) {
                return "the test tried to use reflection to reach private members (" + name + "): not allowed";
            }
            return "the test tried something not allowed (" + kind + " " + name + ")";
        }
    }
}
