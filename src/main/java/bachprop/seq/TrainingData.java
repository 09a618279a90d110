package bachprop.seq;

import java.util.List;

/** The melodies a model learns from ({@code train}) and is tuned or stopped on ({@code valid}). */
public record TrainingData(String source, List<NoteSequence> train, List<NoteSequence> valid) {
    public int trainNotes() {
        return train.stream().mapToInt(m -> m.notes().size()).sum();
    }

    @Override
    public String toString() {
        return "TrainingData[" + source + ": " + train.size() + " train melodies (" + trainNotes() + " notes), "
                + valid.size() + " valid]";
    }
}
