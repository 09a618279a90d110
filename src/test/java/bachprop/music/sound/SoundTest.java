package bachprop.music.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.midi.MidiSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundTest {
    static final List<Note> OPENING =
            List.of(new Note(67, 4), new Note(67, 8), new Note(74, 4), new Note(71, 6), new Note(69, 2));
    static final List<Note> CONTINUATION = List.of(new Note(67, 4), Note.rest(4), new Note(62, 16), new Note(60, 1));

    @Test
    void midiReadsBackToTheSameNotesTempoAndInstruments(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.mid");
        MidiFiles.write(
                List.of(new Line("opening", OPENING, 19, 0), new Line("continuation", CONTINUATION, 73, 24)), 90, f);
        MidiFiles.Contents c = MidiFiles.read(f);
        assertEquals(90, c.bpm());
        assertEquals(List.of("opening", "continuation"), c.names());
        assertEquals(List.of(19, 73), c.programs());
        assertEquals(OPENING, c.lines().get(0));
        assertEquals(CONTINUATION, c.lines().get(1));
        assertTrue(MidiSystem.getMidiFileFormat(f.toFile()).getType() == 1);
    }

    @Test
    void wavOfAMelodyIsNotSilentAndHasTheRightLength(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.wav");
        Synth.writeWav(List.of(Line.of("m", OPENING)), 60, f);
        double rms = Synth.rms(f);
        assertTrue(rms > 0.05, "rms " + rms); // a melody scaled to 80% peak; silence would be 0
        // 24 sixteenths at 60 bpm = 6 s, plus the release; 16-bit mono at 22050 Hz
        long bytes = Files.size(f) - 44;
        assertEquals(6.04, bytes / 2.0 / Synth.RATE, 0.01);
    }

    @Test
    void restsAreSilentInTheRendering() {
        double[] s = Synth.render(List.of(Line.of("r", List.of(new Note(60, 4), Note.rest(8), new Note(60, 4)))), 60);
        // the middle of the rest: seconds 1.5–2.5 at 4 sixteenths per second
        double peak = 0;
        for (int i = (int) (1.5 * Synth.RATE); i < (int) (2.5 * Synth.RATE); i++) {
            peak = Math.max(peak, Math.abs(s[i]));
        }
        assertEquals(0.0, peak, 1e-12);
    }

    @Test
    void playbackWithoutASoundDeviceReturnsAMessageInsteadOfThrowing() {
        String message = Playback.play(List.of(Line.of("m", OPENING)), 120);
        Playback.stop();
        assertTrue(message == null || message.startsWith("No sound device"), String.valueOf(message));
    }
}
