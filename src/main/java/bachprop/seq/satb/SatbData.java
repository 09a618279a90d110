package bachprop.seq.satb;

import java.util.List;

/** What a four-voice model is trained on: the train split, and the valid split every choice is made on. */
public record SatbData(String source, List<SatbScore> train, List<SatbScore> valid) {
    public long trainTokens() {
        return train.stream().mapToLong(s -> 4L * s.steps()).sum();
    }

    @Override
    public String toString() {
        return source + ": " + train.size() + " train chorales (" + trainTokens() + " tokens), " + valid.size()
                + " valid";
    }
}
