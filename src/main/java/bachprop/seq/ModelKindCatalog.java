package bachprop.seq;

import java.util.List;
import java.util.function.Supplier;

/**
 * A typed list of model kinds, found by {@link SequenceModels} through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/bachprop.seq.ModelKindCatalog}). The kinds live in packages that
 * depend on this one ({@code seq.lstm}, {@code seq.ngram}, {@code rnn}, {@code chorale}), so the
 * list lives above them and this package names none; a renamed kind is a compile error in the list.
 */
public interface ModelKindCatalog {
    /** Makers of the kinds, in the order {@code --model} lists them. */
    List<Supplier<ModelKind>> kinds();
}
