package bachprop.chorale.plot;

import bachprop.music.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A piano roll of one melody: time (sixteenths) across, pitch up. The first {@code openingLength}
 * notes are the given opening, the rest were generated; an optional reference line (e.g. Bach's
 * own continuation) is drawn as outlines after the opening. {@code revealed} counts how many
 * generated notes are shown, so a view can step through the continuation note by note.
 */
public final class PianoRollModel {
    private final String title;
    private final List<Note> notes;
    private final int openingLength;
    private final List<Note> reference;
    private int revealed;
    /** What the legend calls the filled notes after the opening. */
    private String continuation = "generated";
    /** Each note's information content in bits (opening then continuation), or null: no surprise shading. */
    private double[] icBits;
    /** The IC at which the scale tops out: notes at least this surprising get its last colour. */
    private double scaleTopBits = DEFAULT_SCALE_TOP_BITS;

    /** The default top of the surprise scale, in bits (a note with p = 1/256). */
    public static final double DEFAULT_SCALE_TOP_BITS = 8;

    public PianoRollModel(String title, List<Note> opening, List<Note> generated, List<Note> reference) {
        this.title = title;
        this.notes = new ArrayList<>(opening);
        this.notes.addAll(generated);
        this.openingLength = opening.size();
        this.reference = reference == null ? List.of() : List.copyOf(reference);
        this.revealed = generated.size();
    }

    public String title() {
        return title;
    }

    /** The legend's name for the notes after the opening: "generated" unless they are Bach's own. */
    public String continuation() {
        return continuation;
    }

    /** Names the notes after the opening in the legend (e.g. "Bach's continuation" when they are his). */
    public PianoRollModel continuation(String label) {
        continuation = label;
        return this;
    }

    public List<Note> notes() {
        return List.copyOf(notes);
    }

    public int openingLength() {
        return openingLength;
    }

    public int generatedLength() {
        return notes.size() - openingLength;
    }

    public List<Note> reference() {
        return reference;
    }

    public int revealed() {
        return revealed;
    }

    /** Shows {@code n} generated notes (clamped to 0..generatedLength). */
    public void reveal(int n) {
        revealed = Math.max(0, Math.min(n, generatedLength()));
    }

    /** The notes drawn now: the opening plus the revealed part of the continuation. */
    public List<Note> visible() {
        return notes.subList(0, openingLength + revealed);
    }

    /** Onset in sixteenths of note i. */
    public int onset(int i) {
        int t = 0;
        for (int k = 0; k < i; k++) {
            t += notes.get(k).duration();
        }
        return t;
    }

    /** Lowest and highest sounding pitch of everything that may be drawn, with a margin of 2. */
    public int[] pitchRange() {
        int lo = 127;
        int hi = 0;
        List<Note> all = new ArrayList<>(notes);
        all.addAll(reference);
        for (Note n : all) {
            if (!n.isRest()) {
                lo = Math.min(lo, n.pitch());
                hi = Math.max(hi, n.pitch());
            }
        }
        if (lo > hi) {
            return new int[] {58, 74};
        }
        return new int[] {lo - 2, hi + 2};
    }

    /** Total length in sixteenths of the whole melody or of opening + reference, whichever is longer. */
    public int totalLength() {
        int a = onset(notes.size());
        int r = onset(openingLength);
        for (Note n : reference) {
            r += n.duration();
        }
        return Math.max(a, r);
    }

    /**
     * Shades every note by its information content −log₂ p in bits (as IDyOM shows surprise), one
     * value per note, opening first; {@code topBits} is where the scale ends ("8+").
     */
    public PianoRollModel surprise(double[] bits, double topBits) {
        if (bits.length != notes.size()) {
            throw new IllegalArgumentException(
                    "one information content per note: " + notes.size() + " notes, " + bits.length + " values");
        }
        if (!(topBits > 0)) {
            throw new IllegalArgumentException("the scale's top must be above 0 bits, not " + topBits);
        }
        icBits = bits.clone();
        scaleTopBits = topBits;
        return this;
    }

    /** Whether the notes are shaded by surprise. */
    public boolean hasSurprise() {
        return icBits != null;
    }

    /** Note i's information content in bits (NaN without surprise shading). */
    public double icBits(int i) {
        return icBits == null ? Double.NaN : icBits[i];
    }

    public double scaleTopBits() {
        return scaleTopBits;
    }

    /** Where note i's IC falls on the scale, 0 (predictable) to 1 (the top or beyond; ∞ too). */
    public double surpriseLevel(int i) {
        double b = icBits(i);
        return Double.isNaN(b) ? 0 : Math.max(0, Math.min(1, b / scaleTopBits));
    }

    /**
     * The most surprising visible notes in words, for a screen reader: "most surprising: note 12,
     * G4, 6.1 bits; …" (notes counted from 1; empty without surprise shading).
     */
    public String surpriseWords(int k) {
        if (icBits == null) {
            return "";
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < visible().size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(icBits[b], icBits[a])); // stable: ties keep the earlier note
        List<String> said = new ArrayList<>();
        for (int i : order.subList(0, Math.min(k, order.size()))) {
            said.add(String.format(
                    Locale.ROOT,
                    "note %d, %s, %.1f bits%s",
                    i + 1,
                    notes.get(i).name(),
                    icBits[i],
                    i < openingLength ? "" : " (" + continuation + ")"));
        }
        return said.isEmpty() ? "" : "most surprising: " + String.join("; ", said);
    }

    @Override
    public String toString() {
        return "PianoRollModel '" + title + "': " + openingLength + " opening notes + " + revealed + "/"
                + generatedLength() + " generated";
    }
}
