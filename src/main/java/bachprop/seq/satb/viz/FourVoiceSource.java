package bachprop.seq.satb.viz;

import bachprop.seq.satb.FourVoiceModel;

/** Where the {@code four-voices} visualiser's model comes from: a kind's model, or null when there is none. */
@FunctionalInterface
public interface FourVoiceSource {
    /** The model of {@code kind} (yours, the shipped one, or trained now), or null if this build has none. */
    FourVoiceModel obtain(String kind) throws Exception;
}
