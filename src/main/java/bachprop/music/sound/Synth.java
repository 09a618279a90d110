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
        addNote(mix, HARMONICS, pitch, start, length);
    }

    /** The same note with the partials' amplitudes {@code harmonics} (a {@link Timbre}'s). */
    static void addNote(double[] mix, double[] harmonics, int pitch, double start, double length) {
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
            for (int h = 0; h < harmonics.length; h++) {
                if (f * (h + 1) < RATE / 2) {
                    s += harmonics[h] * Math.sin(2 * Math.PI * f * (h + 1) * t);
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

    /** Sixteenths from the start to the end of the last note of any line. */
    static int sixteenths(List<Line> lines) {
        int total = 0;
        for (Line line : lines) {
            int t = line.start();
            for (Note n : line.notes()) {
                t += n.duration();
            }
            total = Math.max(total, t);
        }
        return total;
    }

    /** Writes a WAV file of the lines, atomically. */
    public static void writeWav(List<Line> lines, int bpm, Path file) throws IOException {
        byte[] pcm = pcm(render(lines, bpm));
        AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format(), pcm.length / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        AtomicFiles.write(file, out.toByteArray());
    }

    /**
     * The lines in stereo, line i sounding with {@code timbres.get(i)} (its partials, its place
     * between the speakers): {@code [0]} left, {@code [1]} right, the pair scaled together to 80% of
     * full range.
     */
    public static double[][] renderStereo(List<Line> lines, List<Timbre> timbres, int bpm) {
        if (timbres.size() != lines.size()) {
            throw new IllegalArgumentException(lines.size() + " lines but " + timbres.size() + " timbres");
        }
        double secondsPerSixteenth = 60.0 / bpm / 4;
        int samples = (int) Math.ceil((sixteenths(lines) * secondsPerSixteenth + RELEASE) * RATE) + 1;
        double[][] mix = new double[2][samples];
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Timbre timbre = timbres.get(i);
            double[] mono = new double[samples];
            int t = line.start();
            for (Note n : line.notes()) {
                if (!n.isRest()) {
                    addNote(
                            mono,
                            timbre.harmonics(),
                            n.pitch(),
                            t * secondsPerSixteenth,
                            n.duration() * secondsPerSixteenth);
                }
                t += n.duration();
            }
            double left = timbre.leftGain();
            double right = timbre.rightGain();
            for (int k = 0; k < samples; k++) {
                mix[0][k] += left * mono[k];
                mix[1][k] += right * mono[k];
            }
        }
        double peak = 0;
        for (double[] channel : mix) {
            for (double v : channel) {
                peak = Math.max(peak, Math.abs(v));
            }
        }
        if (peak > 0) {
            for (double[] channel : mix) {
                for (int k = 0; k < channel.length; k++) {
                    channel[k] *= 0.8 / peak;
                }
            }
        }
        return mix;
    }

    /** 16-bit little-endian PCM of a stereo signal, frames interleaved left, right. */
    public static byte[] pcmStereo(double[][] signal) {
        byte[] left = pcm(signal[0]);
        byte[] right = pcm(signal[1]);
        byte[] b = new byte[left.length * 2];
        for (int k = 0; k < left.length / 2; k++) {
            b[4 * k] = left[2 * k];
            b[4 * k + 1] = left[2 * k + 1];
            b[4 * k + 2] = right[2 * k];
            b[4 * k + 3] = right[2 * k + 1];
        }
        return b;
    }

    public static AudioFormat stereoFormat() {
        return new AudioFormat(RATE, 16, 2, true, false);
    }

    /** The bytes of a stereo WAV file of the lines, each with its timbre (see {@link #renderStereo}). */
    public static byte[] wavBytes(List<Line> lines, List<Timbre> timbres, int bpm) throws IOException {
        byte[] pcm = pcmStereo(renderStereo(lines, timbres, bpm));
        AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), stereoFormat(), pcm.length / 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
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
