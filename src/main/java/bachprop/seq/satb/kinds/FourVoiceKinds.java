package bachprop.seq.satb.kinds;

import bachprop.seq.satb.FourVoiceKind;
import bachprop.seq.satb.FourVoiceKindCatalog;
import bachprop.seq.satb.ngram.SatbNgramKind;
import java.util.List;
import java.util.function.Supplier;

/**
 * The product's four-voice model kinds (docs/four-voices.md), found by
 * {@code bachprop.seq.satb.FourVoiceModels} through {@code META-INF/services}.
 */
public final class FourVoiceKinds implements FourVoiceKindCatalog {
    @Override
    public List<Supplier<FourVoiceKind>> kinds() {
        // the satb LSTM kind joins here: List.of(SatbLstmKind::new, SatbNgramKind::new)
        return List.of(SatbNgramKind::new);
    }
}
