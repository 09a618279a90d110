package bachprop.nn;

/**
 * What feed-forward computed: {@code z(l)} and {@code a(l)} for every layer l = 1..L, with
 * a¹ = x (the input layer has no z).
 */
public record ForwardPass(Vec[] zs, Vec[] activations) {
    public Vec z(int l) {
        return zs[l];
    }

    public Vec a(int l) {
        return activations[l];
    }

    public Vec output() {
        return activations[activations.length - 1];
    }
}
