package bachprop.chapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceJsonTest {
    @Test
    void anEditSurvivesARoundTripInTheDocumentedLayout(@TempDir Path tmp) throws Exception {
        Chapter c = WorkspaceTest.chapter(tmp, "1 + 1");
        Workspace w = new Workspace(tmp.resolve("ws"));
        w.save(c, c.cells().get(0), "2 + 2\n\"q\"");
        assertEquals("""
                {
                  "chapter": "02-sigmoid",
                  "cells": {
                    "0": {
                      "original": "1 + 1",
                      "edited": "2 + 2\\n\\"q\\""
                    }
                  }
                }""".replace("\"0\"", "\"" + c.cells().get(0).index() + "\""), Files.readString(w.file(c)));
        assertEquals(
                "2 + 2\n\"q\"",
                new Workspace(tmp.resolve("ws")).current(c, c.cells().get(0)));
    }

    @Test
    void aDeeplyNestedOrMistypedWorkspaceIsAnErrorNamingTheFile(@TempDir Path tmp) throws Exception {
        Chapter c = WorkspaceTest.chapter(tmp, "1 + 1");
        Workspace w = new Workspace(tmp.resolve("ws"));
        Files.createDirectories(w.dir());
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String key = Integer.toString(c.cells().get(0).index());
        for (String text : new String[] {
            deep,
            "{\"chapter\": \"x\", \"cells\": {\"" + key + "\": {\"edited\": 5}}}",
            "{\"chapter\": \"x\", \"cells\": " + deep + "}"
        }) {
            Files.writeString(w.file(c), text);
            IOException e =
                    assertThrows(IOException.class, () -> w.current(c, c.cells().get(0)));
            assertTrue(e.getMessage().startsWith(w.file(c) + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
