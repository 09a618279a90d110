package bachprop.nn;

/** One training example: an input x and its target output y. */
public record Example(Vec x, Vec y) {
    @Override
    public String toString() {
        return "x = " + x + ", y = " + y;
    }
}
