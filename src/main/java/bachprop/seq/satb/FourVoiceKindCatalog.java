package bachprop.seq.satb;

import java.util.List;
import java.util.function.Supplier;

/**
 * A typed list of four-voice model kinds, found by {@link FourVoiceModels} through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/bachprop.seq.satb.FourVoiceKindCatalog}).
 * The kinds live in packages that depend on this one ({@code seq.satb.ngram}, {@code seq.satb.lstm}),
 * so the list lives above them ({@code seq.satb.kinds.FourVoiceKinds}) and this package names none.
 */
public interface FourVoiceKindCatalog {
    /** Makers of the kinds, in the order {@code --model} lists them. */
    List<Supplier<FourVoiceKind>> kinds();
}
