package bachprop.nn.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one vector width of every fast path: 256 bits, whatever the machine prefers. With the
 * machine's preferred width (512 bits on some CPUs, 256 on others) sums were added in a different
 * order on different machines, and a training run — and so a chapter's figures — changed with the
 * CPU (chapter 7's cost 41.2 on one machine was 41.3 on another). 256 bits run natively on every
 * x86 CPU with AVX2 and give the same numbers everywhere.
 */
public final class Lanes {
    public static final VectorSpecies<Float> FLOAT = FloatVector.SPECIES_256;
    public static final VectorSpecies<Double> DOUBLE = DoubleVector.SPECIES_256;

    private Lanes() {}
}
