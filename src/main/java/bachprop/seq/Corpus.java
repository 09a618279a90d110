package bachprop.seq;

import java.util.List;

/**
 * Melodies for the sequence models, split three ways. Ids are {@code split:number}, e.g.
 * {@code test:305} (the JSB file number, or the UCI chorale number).
 */
public record Corpus(
        String name,
        String source,
        String where,
        List<NoteSequence> train,
        List<NoteSequence> valid,
        List<NoteSequence> test) {

    /** {@code train}, {@code valid} or {@code test}. */
    public List<NoteSequence> split(String split) {
        return switch (split) {
            case "train" -> train;
            case "valid" -> valid;
            case "test" -> test;
            default -> throw new IllegalArgumentException("unknown split '" + split + "' (use train, valid or test)");
        };
    }

    /** The melody with this id ({@code test:305}), or an error listing a few that exist. */
    public NoteSequence melody(String id) {
        String split = id.contains(":") ? id.substring(0, id.indexOf(':')) : "test";
        String full = id.contains(":") ? id : "test:" + id;
        List<NoteSequence> list = split(split);
        for (NoteSequence m : list) {
            if (m.id().equals(full)) {
                return m;
            }
        }
        String some = list.isEmpty()
                ? "none"
                : list.get(0).id() + " … " + list.get(list.size() - 1).id();
        throw new IllegalArgumentException("no melody '" + id + "' in " + name + " (" + split + " has " + some + ")");
    }

    public TrainingData trainingData() {
        return new TrainingData(name, train, valid);
    }

    @Override
    public String toString() {
        return name + " from " + where + ": " + train.size() + "/" + valid.size() + "/" + test.size() + " melodies";
    }
}
