package bachprop.seq.satb.io;

import bachprop.seq.satb.Tokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads written files back through the JDK alone (javax.sound.midi, the JDK's XML parser), for the
 * tests: independent of the writers' code.
 */
public final class ReadBack {
    private ReadBack() {}

    /** A note as a track holds it: start and length in sixteenths, MIDI pitch. */
    public record Timed(int start, int length, int pitch) {}

    /** What the test expects: voice v's maximal runs of one sounding token. */
    public static List<Timed> runs(int[][] tokens, int v) {
        List<Timed> out = new ArrayList<>();
        for (int t = 0; t < tokens.length; ) {
            int end = t;
            while (end < tokens.length && tokens[end][v] == tokens[t][v]) {
                end++;
            }
            if (tokens[t][v] != 0) {
                out.add(new Timed(t, end - t, tokens[t][v] + 35));
            }
            t = end;
        }
        return out;
    }

    /** A MIDI track with notes: its name, channel, program and notes. */
    public record MidiTrack(String name, int channel, int program, List<Timed> notes) {}

    public static Sequence sequence(Path mid) throws Exception {
        return MidiSystem.getSequence(mid.toFile());
    }

    public static List<MidiTrack> tracks(Path mid) throws Exception {
        Sequence seq = sequence(mid);
        int tps = seq.getResolution() / 4;
        List<MidiTrack> out = new ArrayList<>();
        for (Track track : seq.getTracks()) {
            String name = "";
            int channel = -1;
            int program = -1;
            List<Timed> notes = new ArrayList<>();
            long[] on = new long[128];
            for (int i = 0; i < track.size(); i++) {
                MidiEvent ev = track.get(i);
                if (ev.getMessage() instanceof MetaMessage mm && mm.getType() == 3) {
                    name = new String(mm.getData(), StandardCharsets.UTF_8);
                } else if (ev.getMessage() instanceof ShortMessage sm) {
                    channel = sm.getChannel();
                    if (sm.getCommand() == ShortMessage.PROGRAM_CHANGE) {
                        program = sm.getData1();
                    } else if (sm.getCommand() == ShortMessage.NOTE_ON && sm.getData2() > 0) {
                        on[sm.getData1()] = ev.getTick();
                    } else if (sm.getCommand() == ShortMessage.NOTE_OFF || sm.getCommand() == ShortMessage.NOTE_ON) {
                        long s = on[sm.getData1()];
                        notes.add(new Timed((int) (s / tps), (int) ((ev.getTick() - s) / tps), sm.getData1()));
                    }
                }
            }
            if (!notes.isEmpty()) {
                out.add(new MidiTrack(name, channel, program, notes));
            }
        }
        return out;
    }

    public static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static Document xml(Path file) throws Exception {
        return xml(Files.readString(file));
    }

    /** A MusicXML part read back: per measure the sum of its durations, and the token at every sixteenth. */
    public record Part(String name, List<Integer> measureLengths, int[] tokens, List<Written> notes) {
        /** Notes that start a sound: not the tied-on continuation of the note before. */
        public long onsets() {
            return notes.stream().filter(n -> n.token() != 0 && !n.tieStop()).count();
        }
    }

    /** One written note or rest: its token, duration and ties. */
    public record Written(int token, int duration, boolean tieStop, boolean tieStart) {}

    public static List<Part> parts(Document doc) {
        List<Part> out = new ArrayList<>();
        NodeList scoreParts = doc.getElementsByTagName("score-part");
        NodeList parts = doc.getElementsByTagName("part");
        for (int p = 0; p < parts.getLength(); p++) {
            Element part = (Element) parts.item(p);
            String name = text((Element) scoreParts.item(p), "part-name");
            List<Integer> lengths = new ArrayList<>();
            List<Integer> tokens = new ArrayList<>();
            List<Written> written = new ArrayList<>();
            NodeList measures = part.getElementsByTagName("measure");
            for (int m = 0; m < measures.getLength(); m++) {
                NodeList notes = ((Element) measures.item(m)).getElementsByTagName("note");
                int sum = 0;
                for (int n = 0; n < notes.getLength(); n++) {
                    Element note = (Element) notes.item(n);
                    int d = Integer.parseInt(text(note, "duration"));
                    sum += d;
                    int token = 0;
                    if (note.getElementsByTagName("rest").getLength() == 0) {
                        String step = text(note, "step");
                        String alter = text(note, "alter");
                        int octave = Integer.parseInt(text(note, "octave"));
                        int midi = 12 * (octave + 1)
                                + "C D EF G A B".indexOf(step)
                                + (alter == null ? 0 : Integer.parseInt(alter));
                        token = Tokens.token(midi);
                    }
                    boolean stop = false;
                    boolean start = false;
                    NodeList t = note.getElementsByTagName("tie");
                    for (int k = 0; k < t.getLength(); k++) {
                        String type = ((Element) t.item(k)).getAttribute("type");
                        stop |= type.equals("stop");
                        start |= type.equals("start");
                    }
                    written.add(new Written(token, d, stop, start));
                    for (int k = 0; k < d; k++) {
                        tokens.add(token);
                    }
                }
                lengths.add(sum);
            }
            out.add(new Part(
                    name, lengths, tokens.stream().mapToInt(Integer::intValue).toArray(), written));
        }
        return out;
    }

    public static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }
}
