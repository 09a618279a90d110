package bachprop.music.sound;

import bachprop.music.Note;
import bachprop.util.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A small organ-like synthesizer of our own, so melodies can be heard on a machine without a
 * sound device: each note is a few sine harmonics under a short attack/release envelope, lines
 * are mixed and the mix is scaled to 80% of full range. Output: 16-bit mono PCM through the public
 * {@link AudioInputStream} API (WAV).
 */
public final class Synth {
    public static final float RATE = 22050f;
    private static final double[] HARMONICS = {1.0, 0.5, 0.25, 0.12}; // amplitude of partials 1..4
    private static final double ATTACK = 0.01;
    private static final double RELEASE = 0.04;

    private Synth() {}

    /** The mixed signal in [-1, 1] of the lines at {@code bpm} quarters per minute. */
    public static double[] render(List<Line> lines, int bpm) {
        double secondsPerSixteenth = 60.0 / bpm / 4;
        int total = 0;
        for (Line line : lines) {
            int t = line.start();
            for (Note n : line.notes()) {
                t += n.duration();
            }
            total = Math.max(total, t);
        }
        double[] mix = new double[(int) Math.ceil((total * secondsPerSixteenth + RELEASE) * RATE) + 1];
        for (Line line : lines) {
            int t = line.start();
            for (Note n : line.notes()) {
                if (!n.isRest()) {
                    addNote(mix, n.pitch(), t * secondsPerSixteenth, n.duration() * secondsPerSixteenth);
                }
                t += n.duration();
            }
        }
        double peak = 0;
        for (double v : mix) {
            peak = Math.max(peak, Math.abs(v));
        }
        if (peak > 0) {
            for (int i = 0; i < mix.length; i++) {
                mix[i] *= 0.8 / peak;
            }
        }
        return mix;
    }

    /** f = 440 · 2^((pitch − 69)/12), summed over the harmonics, shaped by the envelope. */
    private static void addNote(double[] mix, int pitch, double start, double length) {
        double f = 440 * Math.pow(2, (pitch - 69) / 12.0);
        int from = (int) (start * RATE);
        int n = (int) ((length + RELEASE) * RATE);
        for (int i = 0; i < n && from + i < mix.length; i++) {
            double t = i / RATE;
            double env = t < ATTACK
                    ? t / ATTACK
                    : t < length
                            ? 1.0 - 0.3 * (t - ATTACK) / Math.max(length, 1e-9)
                            : 0.7 * Math.max(0, 1 - (t - length) / RELEASE);
            double s = 0;
            for (int h = 0; h < HARMONICS.length; h++) {
                if (f * (h + 1) < RATE / 2) {
                    s += HARMONICS[h] * Math.sin(2 * Math.PI * f * (h + 1) * t);
                }
            }
            mix[from + i] += 0.25 * env * s;
        }
    }

    /** 16-bit little-endian PCM of a signal in [-1, 1]. */
    public static byte[] pcm(double[] signal) {
        byte[] b = new byte[signal.length * 2];
        for (int i = 0; i < signal.length; i++) {
            int v = (int) Math.round(Math.max(-1, Math.min(1, signal[i])) * 32767);
            b[2 * i] = (byte) v;
            b[2 * i + 1] = (byte) (v >> 8);
        }
        return b;
    }

    public static AudioFormat format() {
        return new AudioFormat(RATE, 16, 1, true, false);
    }

    /** Writes a WAV file of the lines, atomically. */
    public static void writeWav(List<Line> lines, int bpm, Path file) throws IOException {
        byte[] pcm = pcm(render(lines, bpm));
        AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format(), pcm.length / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        AtomicFiles.write(file, out.toByteArray());
    }

    /** Root-mean-square of a WAV file's 16-bit samples, scaled to [0, 1]. */
    public static double rms(Path wav) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            byte[] b = in.readAllBytes();
            double sum = 0;
            int n = b.length / 2;
            for (int i = 0; i < n; i++) {
                int v = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8));
                sum += (double) v * v;
            }
            return n == 0 ? 0 : Math.sqrt(sum / n) / 32768.0;
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(wav + ": not a WAV file", e);
        }
    }
}
