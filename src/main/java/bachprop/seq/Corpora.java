package bachprop.seq;

import bachprop.music.Melody;
import bachprop.music.Note;
import bachprop.music.Split;
import bachprop.music.data.DataLocator;
import bachprop.music.data.JsbChorales;
import bachprop.music.data.UciChorales;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads melodies for the sequence models through the chorale loaders ({@code bachprop.music.data})
 * and turns them into {@link SeqNote}s: the soprano line, rests dropped (the text's encoding has
 * no rest; 55 rests in all 382 JSB chorales), each note a maximal run of one pitch (so a repeated
 * note and a held note are one long note in JSB, as the text says).
 */
public final class Corpora {
    private Corpora() {}

    /**
     * {@code jsb} or {@code uci} (found where {@code bachprop data path} looks), or a folder: JSB
     * if it holds the JSB chorales, else UCI, never data from elsewhere.
     */
    public static Corpus load(String data) {
        return switch (data) {
            case "jsb" -> {
                DataLocator at = DataLocator.standard(null);
                yield jsb(at.jsb().orElseThrow(() -> new IllegalArgumentException(at.missingJsb())));
            }
            case "uci" -> {
                DataLocator at = DataLocator.standard(null);
                yield uci(at.uci().orElseThrow(() -> new IllegalArgumentException(at.missingUci())));
            }
            default -> {
                // only what is in the folder: its JSB chorales, else its UCI chorales
                DataLocator at = DataLocator.standard(data);
                yield at.jsb()
                        .map(Corpora::jsb)
                        .orElseGet(() -> uci(at.uci()
                                .orElseThrow(() -> new IllegalArgumentException("no chorale data at " + data))));
            }
        };
    }

    public static Corpus jsb(JsbChorales jsb) {
        return new Corpus(
                "jsb",
                JsbChorales.SOURCE,
                jsb.root().toString(),
                jsb(jsb.chorales(Split.TRAIN), "train"),
                jsb(jsb.chorales(Split.VALID), "valid"),
                jsb(jsb.chorales(Split.TEST), "test"));
    }

    static List<NoteSequence> jsb(List<JsbChorales.Chorale> chorales, String split) {
        List<NoteSequence> out = new ArrayList<>();
        for (JsbChorales.Chorale c : chorales) {
            Key key = Key.estimate(pitchClasses(c.steps()));
            out.add(new NoteSequence(split + ":" + number(c.id()), annotated(c.soprano(), key), key));
        }
        return out;
    }

    /** UCI: the same split as the chorale loader's {@code Dataset} (the first 80% train, the next 10% valid, the rest test); key from the signature. */
    public static Corpus uci(UciChorales uci) {
        List<Melody> m = uci.melodies();
        int n = m.size();
        int trainEnd = n * 8 / 10;
        int validEnd = n * 9 / 10;
        return new Corpus(
                "uci",
                UciChorales.SOURCE,
                uci.file().toString(),
                uci(m.subList(0, trainEnd), "train"),
                uci(m.subList(trainEnd, validEnd), "valid"),
                uci(m.subList(validEnd, n), "test"));
    }

    static List<NoteSequence> uci(List<Melody> melodies, String split) {
        List<NoteSequence> out = new ArrayList<>();
        for (Melody m : melodies) {
            List<SeqNote> notes = notes(m);
            Key key = m.keySignature() == null ? Key.estimate(notes) : Key.estimate(notes, m.keySignature());
            out.add(new NoteSequence(split + ":" + number(m.id()), annotated(m, key), key));
        }
        return out;
    }

    /** The sounding notes of a melody, rests dropped. */
    public static List<SeqNote> notes(Melody m) {
        List<SeqNote> out = new ArrayList<>();
        for (Note n : m.notes()) {
            if (!n.isRest()) {
                out.add(new SeqNote(n.pitch(), n.duration()));
            }
        }
        return out;
    }

    /**
     * The sounding notes of a melody with what the score says about each ({@link SeqNote.Score}):
     * the melody's key, and when the data gives the first onset (UCI) each note's onset from the
     * first bar line (rests count, though they are dropped), the bar length and the fermata flag.
     * JSB gives neither onset nor bar nor fermata: only the key (from all four voices) is added.
     */
    public static List<SeqNote> annotated(Melody m, Key key) {
        List<SeqNote> out = new ArrayList<>();
        Integer onset = m.firstOnset();
        for (int i = 0; i < m.notes().size(); i++) {
            Note n = m.notes().get(i);
            if (!n.isRest()) {
                boolean timed = onset != null;
                out.add(new SeqNote(
                        n.pitch(),
                        n.duration(),
                        new SeqNote.Score(
                                onset,
                                timed ? m.barLength() : null,
                                timed && m.fermatas().contains(i),
                                key)));
            }
            onset = onset == null ? null : onset + n.duration();
        }
        return out;
    }

    /** As chorale-library notes (for MIDI, WAV and piano rolls). */
    public static List<Note> toNotes(List<SeqNote> notes) {
        return notes.stream().map(n -> new Note(n.pitch(), n.duration())).toList();
    }

    /** Sixteenths per pitch class over all voices (the key estimate reads the whole chorale). */
    static double[] pitchClasses(int[][] steps) {
        double[] w = new double[12];
        for (int[] row : steps) {
            for (int v : row) {
                if (v > 0) {
                    w[v % 12] += 1;
                }
            }
        }
        return w;
    }

    /** The trailing number of an id such as {@code jsb/test/chorale_305} or {@code uci/91}. */
    static int number(String id) {
        int end = id.length();
        int start = end;
        while (start > 0 && Character.isDigit(id.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            throw new IllegalArgumentException("no number in melody id '" + id + "'");
        }
        return Integer.parseInt(id.substring(start, end));
    }
}
