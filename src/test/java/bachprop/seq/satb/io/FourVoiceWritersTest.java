package bachprop.seq.satb.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.Note;
import bachprop.music.sound.Line;
import bachprop.music.sound.Synth;
import bachprop.music.sound.Timbre;
import bachprop.seq.satb.Tokens;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four-voice MIDI and WAV writers, read back through the JDK. */
class FourVoiceWritersTest {
    /**
     * A hand-made score: the alto enters after a rest, the tenor holds across the bar line, the bass
     * repeats (= holds) a token, the soprano ends early.
     */
    static int[][] handMade() {
        int[][] s = new int[20][4];
        for (int t = 0; t < 20; t++) {
            s[t][0] = t < 18 ? Tokens.token(t < 4 ? 67 : t < 8 ? 69 : 71) : 0;
            s[t][1] = t < 2 ? 0 : Tokens.token(t < 10 ? 62 : 64);
            s[t][2] = Tokens.token(t < 14 ? 59 : 55);
            s[t][3] = Tokens.token(t % 8 < 4 ? 43 : 48);
        }
        return s;
    }

    /** A random four-voice score (seeded): runs of 1–20 steps, rests now and then, held across bar lines. */
    static int[][] random(long seed, int steps) {
        Random r = new Random(seed);
        int[][] s = new int[steps][4];
        for (int v = 0; v < 4; v++) {
            int t = 0;
            while (t < steps) {
                int len = 1 + r.nextInt(20);
                int token = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(46);
                for (int k = t; k < Math.min(steps, t + len); k++) {
                    s[k][v] = token;
                }
                t += len;
            }
        }
        return s;
    }

    @Test
    void midiHasFourNamedVoiceTracksWhoseNotesAndLengthsEqualTheScore(@TempDir Path dir) throws Exception {
        for (int[][] score : List.of(handMade(), random(1, 200), random(2, 77))) {
            Path mid = dir.resolve("s.mid");
            Files.write(mid, SatbVoices.midi(score, 80, 16));
            assertEquals(1, MidiSystem.getMidiFileFormat(mid.toFile()).getType(), "type-1 file");
            List<ReadBack.MidiTrack> tracks = ReadBack.tracks(mid);
            assertEquals(4, tracks.size(), "four tracks with notes");
            for (int v = 0; v < 4; v++) {
                ReadBack.MidiTrack track = tracks.get(v);
                assertEquals(List.of("Soprano", "Alto", "Tenor", "Bass").get(v), track.name());
                assertEquals(v, track.channel(), "a channel per voice");
                assertEquals(ReadBack.runs(score, v), track.notes(), "voice " + v);
            }
            assertEquals(
                    4,
                    tracks.stream()
                            .mapToInt(ReadBack.MidiTrack::program)
                            .distinct()
                            .count(),
                    "a program per voice");
            assertEquals(60_000_000 / 80, ReadBack.sequence(mid).getTickLength() > 0 ? tempo(mid) : -1);
        }
    }

    private static int tempo(Path mid) throws Exception {
        for (var track : ReadBack.sequence(mid).getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                if (track.get(i).getMessage() instanceof MetaMessage mm && mm.getType() == 0x51) {
                    byte[] d = mm.getData();
                    return ((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff);
                }
            }
        }
        return -1;
    }

    @Test
    void wavIsStereoThatTheJdkReadsAndLastsTheScoresLength() throws Exception {
        int[][] score = handMade();
        byte[] wav = SatbVoices.wav(score, 60);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat f = in.getFormat();
            assertEquals(2, f.getChannels());
            assertEquals(16, f.getSampleSizeInBits());
            assertEquals(Synth.RATE, f.getSampleRate(), 0);
            // 20 sixteenths at 60 quarters a minute = 5 s, plus the 0.04 s release
            assertEquals(5.04, in.getFrameLength() / (double) Synth.RATE, 0.001);
            assertEquals(in.getFrameLength() * 4, in.readAllBytes().length);
        }
    }

    /** |DFT| of the signal at frequency f (the Goertzel sum), over whole samples. */
    static double magnitude(double[] x, double f) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < x.length; i++) {
            re += x[i] * Math.cos(2 * Math.PI * f * i / Synth.RATE);
            im += x[i] * Math.sin(2 * Math.PI * f * i / Synth.RATE);
        }
        return Math.hypot(re, im);
    }

    /** The shares of partials 1..6 of a note of 220 Hz rendered with {@code timbre}, left + right. */
    static double[] spectrum(Timbre timbre) {
        Line a3 = new Line("a", List.of(new Note(57, 8)), 0, 0);
        double[][] s = Synth.renderStereo(List.of(a3), List.of(timbre), 60);
        double[] mono = new double[(int) Synth.RATE]; // the first second: the note's steady part
        for (int i = 0; i < mono.length; i++) {
            mono[i] = s[0][i] + s[1][i];
        }
        double[] p = new double[6];
        double sum = 0;
        for (int h = 0; h < 6; h++) {
            p[h] = magnitude(mono, 220.0 * (h + 1));
            sum += p[h];
        }
        for (int h = 0; h < 6; h++) {
            p[h] /= sum;
        }
        return p;
    }

    @Test
    void eachVoicesTimbreHasItsOwnSpectrumAndItsOwnPlaceBetweenTheSpeakers() {
        List<double[]> spectra = new ArrayList<>();
        for (Timbre t : SatbVoices.TIMBRES) {
            spectra.add(spectrum(t));
        }
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                double l1 = 0;
                for (int h = 0; h < 6; h++) {
                    l1 += Math.abs(spectra.get(a)[h] - spectra.get(b)[h]);
                }
                // the partials' shares differ by at least 0.2 in total (identical timbres: 0)
                assertTrue(l1 > 0.2, SatbVoices.NAMES.get(a) + " vs " + SatbVoices.NAMES.get(b) + ": " + l1);
            }
        }
        // soprano and alto left of the middle, tenor and bass right, in that order
        double previous = -1;
        for (int v = 0; v < 4; v++) {
            int[][] one = new int[8][4];
            for (int t = 0; t < 8; t++) {
                one[t][v] = Tokens.token(57);
            }
            List<Line> lines = SatbVoices.lines(one);
            double[][] s = Synth.renderStereo(lines, SatbVoices.TIMBRES, 60);
            double balance = (rms(s[1]) - rms(s[0])) / (rms(s[1]) + rms(s[0])); // −1 left … +1 right
            assertTrue(balance > previous + 0.1, "voice " + v + " balance " + balance);
            assertTrue(v < 2 ? balance < 0 : balance > 0, "voice " + v + " balance " + balance);
            previous = balance;
        }
    }

    static double rms(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s / x.length);
    }

    @Test
    void theMonoWavOfOneLineIsUnchangedByTheTimbres() {
        // the single-voice renderer keeps its own partials: its first samples equal the formula's
        double[] s = Synth.render(List.of(Line.of("m", List.of(new Note(69, 4)))), 60);
        double t = 300 / Synth.RATE; // after the 0.01 s attack
        double env = 1.0 - 0.3 * (t - 0.01) / 1.0;
        double expected = 0;
        double[] h = {1.0, 0.5, 0.25, 0.12};
        for (int k = 0; k < 4; k++) {
            expected += h[k] * Math.sin(2 * Math.PI * 440 * (k + 1) * t);
        }
        double peak = 0;
        for (double v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        // scaled to 0.8 of the peak: compare shapes by the ratio at two samples
        double t2 = 437 / Synth.RATE;
        double env2 = 1.0 - 0.3 * (t2 - 0.01) / 1.0;
        double expected2 = 0;
        for (int k = 0; k < 4; k++) {
            expected2 += h[k] * Math.sin(2 * Math.PI * 440 * (k + 1) * t2);
        }
        assertEquals((env * expected) / (env2 * expected2), s[300] / s[437], 1e-9);
        assertTrue(peak > 0.79 && peak < 0.81, "peak " + peak);
    }

    @Test
    void notesAreMaximalRunsOfOneToken() {
        List<Note> alto = SatbVoices.notes(handMade(), 1);
        assertEquals(List.of(Note.rest(2), new Note(62, 8), new Note(64, 10)), alto);
        assertArrayEquals(
                new int[] {4, 4, 4, 4, 4},
                SatbVoices.notes(handMade(), 3).stream()
                        .mapToInt(Note::duration)
                        .toArray());
    }
}
