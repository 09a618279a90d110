package bachprop.chapter;

import bachprop.util.AtomicFiles;
import bachprop.util.Json;
import bachprop.util.Paths2;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

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
    public record Edit(String edited, boolean stale) {
    }

    /** The student's edit of a cell, or null when they have not edited it. */
    public synchronized Edit edit(Chapter chapter, CodeCell cell) throws IOException {
        if (!(load(chapter).get(key(cell)) instanceof Map<?, ?> entry)) {
            return null;
        }
        return new Edit((String) entry.get("edited"), !cell.source().equals(entry.get("original")));
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
        Map<String, Object> cells = load(chapter);
        if (text.equals(cell.source())) {
            cells.remove(key(cell));
        } else {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("original", cell.source());
            entry.put("edited", text);
            cells.put(key(cell), entry);
        }
        store(chapter, cells);
    }

    /** Forgets the student's edit of a cell: the chapter's version applies again. */
    public synchronized void revert(Chapter chapter, CodeCell cell) throws IOException {
        Map<String, Object> cells = load(chapter);
        if (cells.remove(key(cell)) != null) {
            store(chapter, cells);
        }
    }

    private static String key(CodeCell cell) {
        return Integer.toString(cell.index());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> load(Chapter chapter) throws IOException {
        Path f = file(chapter);
        if (!Files.exists(f)) {
            return new LinkedHashMap<>();
        }
        String text = Files.readString(f, StandardCharsets.UTF_8);
        try {
            Object root = Json.parse(text);
            if (root instanceof Map<?, ?> m && m.get("cells") instanceof Map<?, ?> cells) {
                return new LinkedHashMap<>((Map<String, Object>) cells);
            }
        } catch (Json.JsonException e) {
            throw new IOException(f + ": " + e.getMessage(), e);
        }
        throw new IOException(f + ": line 1: expected {\"chapter\": …, \"cells\": {…}}");
    }

    private void store(Chapter chapter, Map<String, Object> cells) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("chapter", chapter.slug());
        root.put("cells", cells);
        AtomicFiles.writeString(file(chapter), Json.write(root));
    }
}
