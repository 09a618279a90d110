package bachprop.cli;

import bachprop.music.Melody;
import bachprop.music.Split;
import bachprop.music.data.DataLocator;
import bachprop.music.data.JsbChorales;
import bachprop.music.data.UciChorales;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoiceModels;
import bachprop.seq.satb.FourVoiceStore;
import bachprop.seq.satb.SatbCorpus;
import bachprop.seq.satb.SatbScore;
import bachprop.util.BadInputException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * What {@code chorale extend --voices 4} and {@code chorale harmonise} share: the four-voice model
 * (behind the one method {@link #model}), the {@code --rules} switch, and the chorales and melodies
 * they read.
 */
final class FourVoices {
    /** A four-voice model and where it came from (a file, the shipped one, trained now). */
    record Loaded(FourVoiceModel model, String from) {}

    /** Finds a four-voice model of a kind, from {@code --file} when given. */
    interface Lookup {
        Loaded obtain(String kind, String file, PrintStream progress) throws Exception;
    }

    /**
     * Where the models come from: {@link FourVoiceStore#obtain} ({@code --file}, the user's, the
     * shipped one, else trained now on the JSB train split). Tests put a stand-in model here.
     */
    static Lookup lookup = FourVoices::obtain;

    /**
     * The default {@code --model} with four voices: the catalog's first kind, {@code satb} (the
     * n-gram {@code satb-ngram} while the satb kind is not in the build).
     */
    static String defaultKind() {
        return FourVoiceModels.names().contains("satb")
                ? "satb"
                : FourVoiceModels.names().iterator().next();
    }

    private static Loaded obtain(String kind, String file, PrintStream progress) throws Exception {
        FourVoiceStore.Loaded l = FourVoiceCommands.load(
                kind, file, () -> FourVoiceCommands.corpus(SatbCorpus.NAME).trainingData(), progress);
        return new Loaded(l.model(), l.from());
    }

    private FourVoices() {}

    static Loaded model(String kind, String file, PrintStream progress) throws Exception {
        return lookup.obtain(kind, file, progress);
    }

    /** {@code --rules on|off}. */
    static boolean rules(String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new BadInputException("--rules must be on or off, not '" + value + "'");
        };
    }

    /** Samples; a rule filter that is not built yet is one line, not a stack trace. */
    static int[][] sample(Supplier<int[][]> sampler) {
        try {
            return sampler.get();
        } catch (UnsupportedOperationException e) {
            throw new BadInputException("--rules on: " + e.getMessage() + " in this build; use --rules off");
        }
    }

    /** The JSB chorales of {@code --data} ({@code jsb}: where {@code bachprop data path} looks, else a folder). */
    static JsbChorales jsb(String data) {
        DataLocator at = DataLocator.standard("jsb".equals(data) ? null : data);
        return at.jsb().orElseThrow(() -> new BadInputException(at.missingJsb()));
    }

    /** A JSB chorale by its id ({@code test:305}; a bare number is in the test split), as tokens. */
    static SatbScore chorale(String data, String id) {
        String full = id.contains(":") ? id : "test:" + id;
        String split = full.substring(0, full.indexOf(':'));
        Split s = switch (split) {
            case "train" -> Split.TRAIN;
            case "valid" -> Split.VALID;
            case "test" -> Split.TEST;
            default ->
                throw new BadInputException(
                        "--chorale " + id + ": unknown split '" + split + "' (use train:, valid: or test:)");
        };
        List<JsbChorales.Chorale> list = jsb(data).chorales(s);
        for (JsbChorales.Chorale c : list) {
            SatbScore score = SatbScore.of(c);
            if (score.id().equals(full)) {
                return score;
            }
        }
        String some = list.isEmpty()
                ? "none"
                : SatbScore.of(list.get(0)).id() + " … "
                        + SatbScore.of(list.get(list.size() - 1)).id();
        throw new BadInputException("no chorale '" + id + "' in the JSB chorales (" + split + " has " + some + ")");
    }

    /**
     * Where a JSB chorale's step 0 falls after a bar line. Departs from the data (the CSV has no bar
     * lines) by a documented rule: the chorale's last bar is taken as full, so its upbeat is its
     * length modulo 16 (249 of the 382 chorales are 4 mod 16: a quarter upbeat; 105 are 0).
     */
    static int offset(SatbScore chorale) {
        return Math.floorMod(-chorale.steps(), 16);
    }

    /** A UCI melody by its number ({@code uci:12}). */
    static Melody uci(String id) {
        DataLocator at = DataLocator.standard(null);
        UciChorales uci = at.uci().orElseThrow(() -> new BadInputException(at.missingUci()));
        String number = id.substring("uci:".length());
        for (Melody m : uci.melodies()) {
            if (m.id().equals("uci/" + number)) {
                return m;
            }
        }
        List<Melody> all = uci.melodies();
        throw new BadInputException("no melody '" + id + "' in the UCI chorales (they are uci:"
                + all.get(0).id().substring(4) + " … uci:"
                + all.get(all.size() - 1).id().substring(4) + ")");
    }
}
