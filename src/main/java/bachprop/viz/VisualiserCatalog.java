package bachprop.viz;

import java.util.List;

/**
 * A typed list of visualisers, found by {@link VisualiserRegistry} through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/bachprop.viz.VisualiserCatalog}). The list lives in a package above
 * the visualisers, so this package, which defines {@link Visualiser}, names none of them, and a
 * renamed visualiser class is a compile error in the list.
 */
public interface VisualiserCatalog {
    List<VisualiserType> visualisers();
}
