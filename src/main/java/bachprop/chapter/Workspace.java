package bachprop.chapter;

import bachprop.util.AtomicFiles;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import bachprop.util.Paths2;
import bachprop.util.Unreadable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

/**
 * The student's edited cells, kept outside the repository in {@code <userDir>/workspace/<slug>.json}:
 * <pre>{"chapter": "05-backpropagation", "cells": {"3": {"original": "…", "edited": "…"}}}</pre>
 * Chapter files are never written. Saves are atomic. {@code original} is the chapter's version the
 * edit started from, so an edit survives a later change to the chapter (and is flagged stale).
 */
public final class Workspace {
    private final Path dir;

    public Workspace(Path dir) {
        this.dir = dir;
    }

    /** The default workspace under {@link Paths2#userDir()}. */
    public static Workspace forUser() {
        return new Workspace(Paths2.userDir().resolve("workspace"));
    }

    public Path dir() {
        return dir;
    }

    public Path file(Chapter chapter) {
        return dir.resolve(chapter.slug() + ".json");
    }

    /**
     * The student's edit of a cell, read from the file once.
     *
     * @param edited their text (null when the entry lacks it)
     * @param stale  true when the chapter's own version of the cell changed after they edited it
     */
    public record Edit(String edited, boolean stale) {}

    /** A workspace file: the chapter's slug and its edited cells by index (unknown fields ignored). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(String chapter, LinkedHashMap<String, Cell> cells) {}

    /** One edited cell: the chapter's text the edit started from, and the student's text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cell(String original, String edited) {}

    /** The student's edit of a cell, or null when they have not edited it. */
    public synchronized Edit edit(Chapter chapter, CodeCell cell) throws IOException {
        Cell entry = load(chapter).get(key(cell));
        if (entry == null) {
            return null;
        }
        return new Edit(entry.edited(), !cell.source().equals(entry.original()));
    }

    /** The student's version of a cell, or null when they have not edited it. */
    public String edited(Chapter chapter, CodeCell cell) throws IOException {
        Edit e = edit(chapter, cell);
        return e == null ? null : e.edited();
    }

    /** True when the chapter's own version of the cell changed after the student edited it. */
    public boolean stale(Chapter chapter, CodeCell cell) throws IOException {
        Edit e = edit(chapter, cell);
        return e != null && e.stale();
    }

    /** The code to run: the student's edit if any, else the chapter's. */
    public String current(Chapter chapter, CodeCell cell) throws IOException {
        String e = edited(chapter, cell);
        return e == null ? cell.source() : e;
    }

    /** Saves the student's text for a cell (atomically); saving the chapter's own text reverts. */
    public synchronized void save(Chapter chapter, CodeCell cell, String text) throws IOException {
        LinkedHashMap<String, Cell> cells = load(chapter);
        if (text.equals(cell.source())) {
            cells.remove(key(cell));
        } else {
            cells.put(key(cell), new Cell(cell.source(), text));
        }
        store(chapter, cells);
    }

    /** Forgets the student's edit of a cell: the chapter's version applies again. */
    public synchronized void revert(Chapter chapter, CodeCell cell) throws IOException {
        LinkedHashMap<String, Cell> cells = load(chapter);
        if (cells.remove(key(cell)) != null) {
            store(chapter, cells);
        }
    }

    private static String key(CodeCell cell) {
        return Integer.toString(cell.index());
    }

    /**
     * The saved edits of the chapter; an unreadable file is moved aside (kept for the student, never
     * overwritten) and {@link Unreadable} is thrown naming both files. The next read finds no file:
     * the chapter's own cells.
     */
    private LinkedHashMap<String, Cell> load(Chapter chapter) throws IOException {
        Path f = file(chapter);
        if (!Files.exists(f)) {
            return new LinkedHashMap<>();
        }
        Document d;
        try {
            d = Json.read(f, Document.class);
        } catch (BadInputException e) {
            throw new UnreadableException(f, e.getMessage());
        }
        if (d.cells() == null) {
            throw new UnreadableException(f, f + ": missing field 'cells' (expected {\"chapter\": …, \"cells\": {…}})");
        }
        return new LinkedHashMap<>(d.cells());
    }

    /** Checks that the chapter's saved edits can be read (moving an unreadable file aside, as any read does). */
    public synchronized void check(Chapter chapter) throws IOException {
        load(chapter);
    }

    /** A workspace file that could not be read; it was moved aside to {@link #aside()} and the message says so. */
    public static final class UnreadableException extends IOException {
        private final Path file;
        private final Path aside;
        private final String why;

        UnreadableException(Path file, String why) {
            this(file, Unreadable.moveAside(file, "saved edits", why), why);
        }

        private UnreadableException(Path file, Path aside, String why) {
            super(why + "; your edits were moved aside to " + aside + " (kept); the chapter's own cells are shown");
            this.file = file;
            this.aside = aside;
            this.why = why;
        }

        /** The workspace file as it was. */
        public Path file() {
            return file;
        }

        /** Where it is kept now. */
        public Path aside() {
            return aside;
        }

        /** The reader's message, naming the file and the line or field. */
        public String why() {
            return why;
        }
    }

    private void store(Chapter chapter, LinkedHashMap<String, Cell> cells) throws IOException {
        AtomicFiles.writeString(file(chapter), Json.write(new Document(chapter.slug(), cells)));
    }
}
