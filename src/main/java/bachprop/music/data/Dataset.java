package bachprop.music.data;

import bachprop.music.Melody;
import bachprop.music.Split;
import bachprop.util.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Soprano melodies split into train/valid/test, whichever data is at hand.
 *
 * @param name   {@code jsb}, {@code uci} or {@code builtin}
 * @param source where the melodies come from (shown beside every figure)
 * @param where  the file or folder they were read from ("built in" for the project's own)
 */
public record Dataset(
        String name, String source, String where, List<Melody> train, List<Melody> valid, List<Melody> test) {

    public List<Melody> all() {
        List<Melody> all = new ArrayList<>(train);
        all.addAll(valid);
        all.addAll(test);
        return all;
    }

    public boolean isBuiltin() {
        return name.equals("builtin");
    }

    /**
     * Loads {@code name} ({@code jsb}, {@code uci}, {@code builtin}, or {@code auto}: JSB if found,
     * else the built-in melodies). The UCI set has no split of its own: chorales 1–80 train,
     * 81–90 valid, 91–100 test.
     */
    public static Dataset load(String name, DataLocator locator) {
        switch (name) {
            case "auto": {
                Optional<JsbChorales> jsb = locator.jsb();
                return jsb.isPresent() ? of(jsb.get()) : builtin();
            }
            case "jsb":
                return of(locator.jsb().orElseThrow(() -> new BadInputException(locator.missingJsb())));
            case "uci": {
                UciChorales uci = locator.uci().orElseThrow(() -> new BadInputException(locator.missingUci()));
                List<Melody> m = uci.melodies();
                int n = m.size();
                int trainEnd = n * 8 / 10;
                int validEnd = n * 9 / 10;
                return new Dataset(
                        "uci",
                        UciChorales.SOURCE,
                        uci.file().toString(),
                        m.subList(0, trainEnd),
                        m.subList(trainEnd, validEnd),
                        m.subList(validEnd, n));
            }
            case "builtin":
                return builtin();
            default:
                throw new BadInputException("unknown data set '" + name + "' (use jsb, uci, builtin or auto)");
        }
    }

    public static Dataset of(JsbChorales jsb) {
        return new Dataset("jsb", JsbChorales.SOURCE, jsb.root().toString(), jsb.train(), jsb.valid(), jsb.test());
    }

    public static Dataset builtin() {
        return new Dataset(
                "builtin",
                BuiltinMelodies.SOURCE,
                "built in",
                BuiltinMelodies.split(Split.TRAIN),
                BuiltinMelodies.split(Split.VALID),
                BuiltinMelodies.split(Split.TEST));
    }

    @Override
    public String toString() {
        return name + " (" + source + ") from " + where + ": " + train.size() + "/" + valid.size() + "/" + test.size()
                + " melodies";
    }
}
