package bachprop.seq;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What every chapter-9 model is to the rest of the program (the text's MLP, the n-gram, the
 * text's RNN, the LSTM): given the melody so far, a distribution over the next note's pitch and
 * duration. Evaluation, extension, the {@code extender} visualiser and model files see nothing
 * else. See docs/sequence-models.md.
 */
public interface SequenceModel {

    /** The model's kind, e.g. {@code lstm}: the {@code --model} name and the kind in its file. */
    String kind();

    /** One line for people: the kind and its main hyper-parameters. */
    String describe();

    /**
     * p(note t | notes 0..t−1) where t = {@code soFar.size()}; {@code soFar} may be empty (the
     * distribution of a melody's first note).
     */
    NextNote next(List<SeqNote> soFar);

    /**
     * Teacher forcing: element t is p(note t | the true notes 0..t−1), for t = 0..n−1. The default
     * calls {@link #next} on every prefix; recurrent models override it to run once in O(n).
     */
    default List<NextNote> teacherForced(List<SeqNote> melody) {
        List<NextNote> out = new ArrayList<>(melody.size());
        for (int t = 0; t < melody.size(); t++) {
            out.add(next(melody.subList(0, t)));
        }
        return out;
    }

    /**
     * Samples {@code n} new notes after {@code opening} (each drawn with {@link NextNote#sample},
     * then fed back as input, as in the text's section 7.2). Returns only the new notes.
     */
    default List<SeqNote> extend(List<SeqNote> opening, int n, double temperature, Random rng) {
        List<SeqNote> melody = new ArrayList<>(opening);
        for (int i = 0; i < n; i++) {
            melody.add(next(melody).sample(rng, temperature));
        }
        return new ArrayList<>(melody.subList(opening.size(), melody.size()));
    }

    /** Facts saved in the file's header and shown by {@code train} (JSON-writable values). */
    default Map<String, Object> info() {
        return Map.of();
    }

    /** The save hook: writes the parameters (the {@link ModelFile} adds header and checksum). */
    void writePayload(DataOutputStream out) throws IOException;
}
