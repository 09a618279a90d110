package bachprop.music.data;

import bachprop.music.Melody;
import bachprop.music.Note;
import bachprop.music.Split;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The UCI "Bach Chorales" data (Conklin 2016, CC BY 4.0), the set the source text cites:
 * 100 soprano melodies in {@code chorales.lisp}, one top-level form per chorale,
 * {@code (N ((st 8) (pitch 67) (dur 4) (keysig 1) (timesig 12) (fermata 0)) ...)}.
 *
 * <p>Unlike the JSB CSV, each event is its own note, so a repeated note stays two notes. A gap
 * between one event's end and the next event's start becomes a rest; the silence before the
 * first event (an upbeat's offset) is not kept as a rest. Overlapping events are an error.
 * Loading is all or nothing; an error names the file and line.
 */
public final class UciChorales {
    public static final String FILE = "chorales.lisp";
    public static final String SOURCE =
            "Bach Chorales, Conklin (2016), UCI Machine Learning Repository, DOI 10.24432/C5GC7P, CC BY 4.0";
    /** The largest file read. */
    static final long MAX_FILE_BYTES = 64L << 20;
    /** The longest event, in sixteenths (the data's longest is a few bars). */
    static final int MAX_DURATION = 1024;
    /** The latest start, in sixteenths. */
    static final int MAX_START = 1_000_000;

    private static final List<String> ATTRIBUTES = List.of("st", "pitch", "dur", "keysig", "timesig", "fermata");

    private final Path file;
    private final List<Melody> melodies;

    private UciChorales(Path file, List<Melody> melodies) {
        this.file = file;
        this.melodies = melodies;
    }

    /** {@code path} is the {@code chorales.lisp} file, its folder, or a data root holding {@code uci-bach-chorales/}. */
    public static UciChorales load(Path path) {
        Path f = path;
        if (Files.isDirectory(f)) {
            f = Files.isRegularFile(path.resolve(FILE))
                    ? path.resolve(FILE)
                    : path.resolve("uci-bach-chorales").resolve(FILE);
        }
        if (!Files.isRegularFile(f)) {
            throw new DataFormatException(path, 0, "no " + FILE + " here");
        }
        String text;
        try {
            if (Files.size(f) > MAX_FILE_BYTES) {
                throw new DataFormatException(
                        f, 0, "larger than " + (MAX_FILE_BYTES >> 20) + " MB (the UCI file is about 0.3 MB)");
            }
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new DataFormatException(f, 0, "not a UTF-8 text file");
        } catch (IOException e) {
            throw new DataFormatException(f, 0, "cannot read: " + e.getMessage(), e);
        }
        return new UciChorales(f, parse(f, text));
    }

    public static List<Melody> parse(Path file, String text) {
        List<Object> forms = new SExpr(file, text).readAll();
        if (forms.isEmpty()) {
            throw new DataFormatException(file, 1, "no chorales in the file");
        }
        List<Melody> melodies = new ArrayList<>();
        Set<Integer> seen = new TreeSet<>();
        for (Object form : forms) {
            Melody m = chorale(file, form);
            int number = Integer.parseInt(m.id().substring("uci/".length()));
            if (!seen.add(number)) {
                throw new DataFormatException(file, SExpr.line(form), "chorale " + number + " appears twice");
            }
            melodies.add(m);
        }
        return List.copyOf(melodies);
    }

    private static Melody chorale(Path file, Object form) {
        int line = SExpr.line(form);
        if (!(form instanceof SExpr.ListForm list)
                || list.items().size() < 2
                || !(list.items().get(0) instanceof SExpr.Atom num)) {
            throw new DataFormatException(file, line, "expected a chorale form (NUMBER (EVENT) ...)");
        }
        int number = integer(file, num, "chorale number");
        List<Note> notes = new ArrayList<>();
        Set<Integer> fermatas = new TreeSet<>();
        Integer keysig = null;
        Integer timesig = null;
        int end = -1;
        Integer first = null;
        for (Object e : list.items().subList(1, list.items().size())) {
            Map<String, Integer> ev = event(file, e);
            int st = ev.get("st");
            int pitch = ev.get("pitch");
            int dur = ev.get("dur");
            int evLine = SExpr.line(e);
            if (pitch < 0 || pitch > 127) {
                throw new DataFormatException(file, evLine, "pitch " + pitch + " is outside MIDI 0..127");
            }
            if (dur < 1 || dur > MAX_DURATION) {
                throw new DataFormatException(
                        file, evLine, "duration " + dur + " is not between 1 and " + MAX_DURATION + " sixteenths");
            }
            if (st < 0 || st > MAX_START) {
                throw new DataFormatException(file, evLine, "st " + st + " is not between 0 and " + MAX_START);
            }
            if (end >= 0 && st < end) {
                throw new DataFormatException(
                        file, evLine, "event at st " + st + " starts before the previous one ends (" + end + ")");
            }
            if (end >= 0 && st > end) {
                notes.add(Note.rest(st - end));
            }
            if (ev.get("fermata") != 0) {
                fermatas.add(notes.size());
            }
            notes.add(new Note(pitch, dur));
            if (keysig == null) {
                first = st;
                keysig = ev.get("keysig");
                timesig = ev.get("timesig");
            }
            end = st + dur;
        }
        return new Melody("uci/" + number, notes, Split.NONE, keysig, timesig, fermatas, SOURCE, first);
    }

    private static Map<String, Integer> event(Path file, Object e) {
        int line = SExpr.line(e);
        if (!(e instanceof SExpr.ListForm ev)) {
            throw new DataFormatException(
                    file, line, "expected an event ((st N) (pitch N) ...), found '" + SExpr.shown(e) + "'");
        }
        Map<String, Integer> values = new HashMap<>();
        for (Object pair : ev.items()) {
            if (!(pair instanceof SExpr.ListForm p)
                    || p.items().size() != 2
                    || !(p.items().get(0) instanceof SExpr.Atom key)
                    || !(p.items().get(1) instanceof SExpr.Atom value)) {
                throw new DataFormatException(file, SExpr.line(pair), "expected an attribute like (pitch 67)");
            }
            if (!ATTRIBUTES.contains(key.text())) {
                throw new DataFormatException(file, key.line(), "unknown attribute '" + SExpr.shown(key) + "'");
            }
            values.put(key.text(), integer(file, value, key.text()));
        }
        for (String a : ATTRIBUTES) {
            if (!values.containsKey(a)) {
                throw new DataFormatException(file, line, "event is missing (" + a + " ...)");
            }
        }
        return values;
    }

    private static int integer(Path file, SExpr.Atom atom, String what) {
        try {
            return Integer.parseInt(atom.text());
        } catch (NumberFormatException ex) {
            throw new DataFormatException(
                    file, atom.line(), what + " '" + SExpr.shown(atom) + "' is not a whole number");
        }
    }

    public Path file() {
        return file;
    }

    public List<Melody> melodies() {
        return melodies;
    }

    public int size() {
        return melodies.size();
    }

    @Override
    public String toString() {
        return "UCI Bach chorales at " + file + ": " + melodies.size() + " soprano melodies";
    }

    /** A minimal reader for the Lisp forms of chorales.lisp, remembering the line of each form. */
    static final class SExpr {
        record Atom(String text, int line) {
            @Override
            public String toString() {
                return text;
            }
        }

        record ListForm(List<Object> items, int line) {
            @Override
            public String toString() {
                return "("
                        + String.join(" ", items.stream().map(String::valueOf).toList()) + ")";
            }
        }

        /** The deepest nesting read: a chorale is (NUMBER ((st 0) ...) ...), 3 deep. */
        static final int MAX_DEPTH = 32;

        private final Path file;
        private final String text;
        private int pos;
        private int line = 1;

        SExpr(Path file, String text) {
            this.file = file;
            this.text = text;
        }

        static int line(Object form) {
            return form instanceof Atom a ? a.line() : ((ListForm) form).line();
        }

        List<Object> readAll() {
            List<Object> forms = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= text.length()) {
                    return forms;
                }
                Object f = read();
                if (!(f instanceof ListForm)) {
                    throw new DataFormatException(file, line(f), "stray '" + shown(f) + "' outside any chorale form");
                }
                forms.add(f);
            }
        }

        /** Reads one form without recursion; lists nest at most {@link #MAX_DEPTH} deep. */
        private Object read() {
            Deque<ListForm> open = new ArrayDeque<>();
            while (true) {
                skipSpace();
                if (pos >= text.length()) {
                    throw new DataFormatException(
                            file, open.peek().line(), "unbalanced '(': this form is never closed");
                }
                char c = text.charAt(pos);
                Object done;
                if (c == ')') {
                    if (open.isEmpty()) {
                        throw new DataFormatException(file, line, "unbalanced ')' with no matching '('");
                    }
                    pos++;
                    done = open.pop();
                } else if (c == '(') {
                    if (open.size() >= MAX_DEPTH) {
                        throw new DataFormatException(
                                file, line, "forms nested more than " + MAX_DEPTH + " deep (a chorale needs 3)");
                    }
                    pos++;
                    open.push(new ListForm(new ArrayList<>(), line));
                    continue;
                } else {
                    done = atom();
                }
                if (open.isEmpty()) {
                    return done;
                }
                open.peek().items().add(done);
            }
        }

        private Atom atom() {
            int startLine = line;
            int start = pos;
            while (pos < text.length()
                    && !Character.isWhitespace(text.charAt(pos))
                    && text.charAt(pos) != '('
                    && text.charAt(pos) != ')') {
                pos++;
            }
            return new Atom(text.substring(start, pos), startLine);
        }

        /** A form as an error message quotes it: at most 40 characters. */
        static String shown(Object form) {
            String s = form instanceof Atom a ? a.text() : String.valueOf(form);
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }

        private void skipSpace() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == ';') {
                    while (pos < text.length() && text.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (Character.isWhitespace(c)) {
                    if (c == '\n') {
                        line++;
                    }
                    pos++;
                } else {
                    return;
                }
            }
        }
    }
}
