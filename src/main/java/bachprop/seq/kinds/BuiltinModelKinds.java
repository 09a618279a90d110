package bachprop.seq.kinds;

import bachprop.chorale.MlpModelKind;
import bachprop.rnn.RnnModelKind;
import bachprop.seq.ModelKind;
import bachprop.seq.ModelKindCatalog;
import bachprop.seq.lstm.LstmKind;
import bachprop.seq.ngram.NgramKind;
import java.util.List;
import java.util.function.Supplier;

/** The product's sequence-model kinds (docs/sequence-models.md), found through {@code META-INF/services}. */
public final class BuiltinModelKinds implements ModelKindCatalog {
    @Override
    public List<Supplier<ModelKind>> kinds() {
        return List.of(MlpModelKind::new, NgramKind::new, RnnModelKind::new, LstmKind::new);
    }
}
