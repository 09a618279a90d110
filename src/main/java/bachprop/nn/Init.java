package bachprop.nn;

/** How {@link Network#random} draws the starting weights (biases are always N(0, 1)). */
public enum Init {
    /** N(0, 1) for every weight, as Nielsen's network.py does (and so, probably, the text). */
    STANDARD,
    /** N(0, 1/n_in): the spread shrinks with the number of inputs, so large layers do not saturate. */
    SCALED
}
