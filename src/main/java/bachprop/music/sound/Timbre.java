package bachprop.music.sound;

import java.util.Arrays;

/**
 * How {@link Synth} sounds one line in a stereo rendering: the amplitudes of its partials 1, 2, 3,
 * … (its harmonic content, what makes a flute differ from a reed at the same pitch) and its place
 * between the speakers, {@code pan} from −1 (left) to +1 (right).
 */
public record Timbre(String name, double[] harmonics, double pan) {
    public Timbre {
        harmonics = harmonics.clone();
        if (harmonics.length == 0) {
            throw new IllegalArgumentException("a timbre needs at least one partial");
        }
        if (!(pan >= -1 && pan <= 1)) {
            throw new IllegalArgumentException("pan " + pan + " is outside −1..1");
        }
    }

    @Override
    public double[] harmonics() {
        return harmonics.clone();
    }

    /** Equal-power panning: the left gain cos θ and the right gain sin θ, θ = (pan + 1)·π/4. */
    double leftGain() {
        return Math.cos((pan + 1) * Math.PI / 4);
    }

    double rightGain() {
        return Math.sin((pan + 1) * Math.PI / 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timbre t && t.name.equals(name) && Arrays.equals(t.harmonics, harmonics) && t.pan == pan;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(harmonics);
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(harmonics) + " pan " + pan;
    }
}
