package bachprop.music.sound;

import bachprop.music.Note;
import java.util.List;

/**
 * One voice to be played or written: its notes, a name, a General MIDI program (0 = piano,
 * 19 = church organ, 52 = choir aahs, 73 = flute) and where it starts, in sixteenths.
 */
public record Line(String name, List<Note> notes, int program, int start) {
    public Line {
        notes = List.copyOf(notes);
        if (program < 0 || program > 127) {
            throw new IllegalArgumentException("General MIDI program " + program + " is outside 0..127");
        }
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative");
        }
    }

    public static Line of(String name, List<Note> notes) {
        return new Line(name, notes, 0, 0);
    }
}
