package bachprop.music;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A single melodic line: its notes in order plus what the data says about it.
 *
 * @param id           e.g. {@code jsb/train/chorale_000}, {@code uci/1}, {@code builtin/1}
 * @param notes        the notes in order (rests included, see {@link Note})
 * @param split        train/valid/test, or {@link Split#NONE}
 * @param keySignature sharps (+) or flats (−) when the data gives it, else null
 * @param barLength    bar length in sixteenths when the data gives it (UCI "timesig"), else null
 * @param fermatas     indices into {@code notes} of notes under a fermata (UCI only)
 * @param source       a human-readable origin, e.g. "JSB chorales (Boulanger-Lewandowski split)"
 * @param firstOnset   the first note's onset in sixteenths from the first bar line (UCI "st": an
 *                     upbeat starts after 0) when the data gives it, else null
 */
public record Melody(
        String id,
        List<Note> notes,
        Split split,
        Integer keySignature,
        Integer barLength,
        Set<Integer> fermatas,
        String source,
        Integer firstOnset) {

    /** A melody whose first onset is not known. */
    public Melody(
            String id,
            List<Note> notes,
            Split split,
            Integer keySignature,
            Integer barLength,
            Set<Integer> fermatas,
            String source) {
        this(id, notes, split, keySignature, barLength, fermatas, source, null);
    }

    public Melody {
        if (firstOnset != null && firstOnset < 0) {
            throw new IllegalArgumentException("the first onset " + firstOnset + " is before the first bar line");
        }
        notes = List.copyOf(notes);
        fermatas = Collections.unmodifiableSet(new TreeSet<>(fermatas));
        for (int i : fermatas) {
            if (i < 0 || i >= notes.size()) {
                throw new IllegalArgumentException(
                        "fermata index " + i + " is outside the melody (" + notes.size() + " notes)");
            }
        }
    }

    /** A melody with no metadata beyond its id. */
    public static Melody of(String id, List<Note> notes) {
        return new Melody(id, notes, Split.NONE, null, null, Set.of(), "");
    }

    public int size() {
        return notes.size();
    }

    public Note note(int i) {
        return notes.get(i);
    }

    /** Total length in sixteenths, rests included. */
    public int length() {
        int t = 0;
        for (Note n : notes) {
            t += n.duration();
        }
        return t;
    }

    /**
     * The same melody with every rest dropped (the note before it keeps its own duration).
     * This is the chapter-7 policy: the text's encoding has no rest token.
     */
    public Melody withoutRests() {
        List<Note> kept = new ArrayList<>();
        Set<Integer> keptFermatas = new TreeSet<>();
        for (int i = 0; i < notes.size(); i++) {
            if (!notes.get(i).isRest()) {
                if (fermatas.contains(i)) {
                    keptFermatas.add(kept.size());
                }
                kept.add(notes.get(i));
            }
        }
        return new Melody(id, kept, split, keySignature, barLength, keptFermatas, source, firstOnset);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(id).append(" [").append(split.label());
        if (keySignature != null) {
            s.append(", key ").append(keySignature >= 0 ? keySignature + "#" : (-keySignature) + "b");
        }
        if (barLength != null) {
            s.append(", bar ").append(barLength).append("/16");
        }
        s.append(", ").append(notes.size()).append(" notes]: ");
        int shown = Math.min(8, notes.size());
        for (int i = 0; i < shown; i++) {
            s.append(i == 0 ? "" : " ").append(notes.get(i));
        }
        if (notes.size() > shown) {
            s.append(" …");
        }
        return s.toString();
    }
}
