package bachprop.seq;

import java.util.List;

/**
 * One melody as a list of {@link SeqNote}s, with where it came from (e.g. {@code jsb:test:305})
 * and its key ({@code null} when unknown): for JSB estimated from all four voices, for UCI the
 * key signature's major key.
 */
public record NoteSequence(String id, List<SeqNote> notes, Key key) {
    public NoteSequence {
        notes = List.copyOf(notes);
    }

    public NoteSequence(String id, List<SeqNote> notes) {
        this(id, notes, null);
    }

    @Override
    public String toString() {
        return id + " (" + notes.size() + " notes: " + notes.subList(0, Math.min(6, notes.size()))
                + (notes.size() > 6 ? " …)" : ")");
    }
}
