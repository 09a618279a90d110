package bachprop.seq.viz;

import bachprop.seq.Corpus;
import bachprop.seq.Extension;
import bachprop.seq.NoteSequence;
import bachprop.seq.SequenceModel;
import bachprop.seq.Surprise;
import bachprop.seq.Surprise.NoteSurprise;
import bachprop.viz.Stepping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The chapter-9 extender without pixels: one chorale, how much of its opening to keep, and the
 * continuation each model samples from it, side by side with Bach's own. Stepping reveals the
 * continuations one note at a time (all models together); {@link #numbers()} gives every model's
 * measures (the ones {@code bachprop chorale evaluate} reports, for this one chorale).
 */
public final class ExtenderModel implements Stepping {
    private final Corpus corpus;
    private final Map<String, SequenceModel> models;
    private final Map<String, String> missing;
    private NoteSequence chorale;
    private int opening;
    private int notes;
    private double temperature;
    private long seed;
    private final List<Extension> extensions = new ArrayList<>();
    /** Per extension, each note's surprise under its model (opening then continuation). */
    private final List<List<NoteSurprise>> surprises = new ArrayList<>();
    /** Whether the rolls shade each note by its information content. */
    private boolean surpriseShown = true;

    private int revealed;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param models  the models to compare, by kind, in display order
     * @param missing kinds that could not be loaded → why (shown in place of a roll)
     */
    public ExtenderModel(
            Corpus corpus,
            Map<String, SequenceModel> models,
            Map<String, String> missing,
            String choraleId,
            int opening,
            int notes,
            double temperature,
            long seed) {
        this.corpus = corpus;
        this.models = new LinkedHashMap<>(models);
        this.missing = new LinkedHashMap<>(missing);
        this.notes = notes;
        this.temperature = temperature;
        this.seed = seed;
        choose(choraleId, opening);
    }

    /** Picks a chorale and opening length and extends it with every model (fully revealed). */
    public void choose(String choraleId, int openingNotes) {
        NoteSequence c = corpus.melody(choraleId);
        if (openingNotes < 1 || openingNotes > c.notes().size()) {
            throw new IllegalArgumentException(
                    "the opening must keep 1.." + c.notes().size() + " notes of " + c.id() + ", not " + openingNotes);
        }
        this.chorale = c;
        this.opening = openingNotes;
        extendAll();
    }

    public void setTemperature(double t) {
        this.temperature = t;
        extendAll();
    }

    /** A new draw: the next seed. */
    public void resample() {
        seed++;
        extendAll();
    }

    private void extendAll() {
        extensions.clear();
        surprises.clear();
        for (SequenceModel m : models.values()) {
            Extension e = Extension.of(m, chorale, opening, notes, temperature, seed);
            extensions.add(e);
            surprises.add(Surprise.of(m, e.all(), e.opening().size()));
        }
        revealed = notes;
        changed();
    }

    @Override
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    @Override
    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    public List<Extension> extensions() {
        return List.copyOf(extensions);
    }

    /** Extension i's notes with their surprise under its model: opening, then every new note. */
    public List<NoteSurprise> surprise(int i) {
        return surprises.get(i);
    }

    /** Whether the rolls shade their notes by information content (the option {@code surprise}). */
    public boolean surpriseShown() {
        return surpriseShown;
    }

    public void setSurpriseShown(boolean on) {
        surpriseShown = on;
        changed();
    }

    /** The {@code k} most surprising notes on show (opening and revealed notes) of extension i. */
    public List<NoteSurprise> mostSurprising(int i, int k) {
        int shown = opening + Math.min(revealed, extensions.get(i).added().size());
        return Surprise.mostSurprising(surprises.get(i).subList(0, shown), k);
    }

    public Map<String, String> missing() {
        return new LinkedHashMap<>(missing);
    }

    public List<String> choraleIds() {
        return corpus.test().stream().map(NoteSequence::id).toList();
    }

    public NoteSequence chorale() {
        return chorale;
    }

    public int opening() {
        return opening;
    }

    public int notes() {
        return notes;
    }

    public double temperature() {
        return temperature;
    }

    public long seed() {
        return seed;
    }

    /** How many new notes each roll shows (0..notes). */
    public int revealed() {
        return revealed;
    }

    /** The position for {@link Stepping}: the same as {@link #revealed()}. */
    @Override
    public int step() {
        return revealed;
    }

    /** The number of steps: one per new note, so positions run 0..notes(). */
    @Override
    public int count() {
        return notes;
    }

    public boolean forward() {
        if (revealed >= notes) {
            return false;
        }
        revealed++;
        changed();
        return true;
    }

    public boolean back() {
        if (revealed <= 0) {
            return false;
        }
        revealed--;
        changed();
        return true;
    }

    public void reset() {
        revealed = 0;
        changed();
    }

    public void seek(int n) {
        revealed = Math.max(0, Math.min(notes, n));
        changed();
    }

    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chorale", chorale.id());
        m.put("opening", opening);
        m.put("notes", notes);
        m.put("revealed", revealed);
        m.put("temperature", temperature);
        m.put("seed", seed);
        Map<String, Object> per = new LinkedHashMap<>();
        for (Extension e : extensions) {
            per.put(e.kind(), e.measures());
        }
        m.put("models", per);
        if (surpriseShown) { // each note's information content and entropy (bits), opening then new notes
            Map<String, Object> s = new LinkedHashMap<>();
            for (int i = 0; i < extensions.size(); i++) {
                s.put(extensions.get(i).kind(), Surprise.toJson(surprises.get(i)));
            }
            m.put("surprise", s);
        }
        m.put("missing", missing);
        return m;
    }

    @Override
    public String toString() {
        return "ExtenderModel[" + chorale.id() + ", opening " + opening + ", " + revealed + "/" + notes
                + " new notes, models " + models.keySet() + "]";
    }
}
