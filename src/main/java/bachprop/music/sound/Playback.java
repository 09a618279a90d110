package bachprop.music.sound;

import java.util.List;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;

/**
 * Plays lines through the sound device, using the same synthesizer as the WAV files. On a machine
 * without a device (a server, CI, a container) nothing is thrown at the caller: {@link #play}
 * returns a message saying so and pointing at the WAV files.
 */
public final class Playback {
    private static Clip current;

    private Playback() {}

    /** Starts playing; returns null on success or a one-line reason why there is no sound. */
    public static synchronized String play(List<Line> lines, int bpm) {
        stop();
        byte[] pcm = Synth.pcm(Synth.render(lines, bpm));
        try {
            Clip clip = AudioSystem.getClip();
            clip.open(Synth.format(), pcm, 0, pcm.length);
            clip.start();
            current = clip;
            return null;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return "No sound device is available here (" + e.getMessage() + "). Use the WAV files instead: "
                    + "`bachprop chorale seed-experiment` writes them.";
        }
    }

    public static synchronized void stop() {
        if (current != null) {
            current.stop();
            current.close();
            current = null;
        }
    }
}
