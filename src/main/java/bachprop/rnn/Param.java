package bachprop.rnn;

/** The five parameter blocks of the recurrent network, named as in eq. 25 and the output layer. */
public enum Param {
    /** W_xh: input → hidden, n_in × n_h. */
    W_XH("W_xh", "\\mathbf{W}_{x,h}"),
    /** W_hh: previous hidden state → hidden state, n_h × n_h. */
    W_HH("W_hh", "\\mathbf{W}_{h,h}"),
    /** b_h, a row of n_h. */
    B_H("b_h", "\\mathbf{b}_h"),
    /** W_ho: hidden → output, n_h × n_out. */
    W_HO("W_ho", "\\mathbf{W}_{h,o}"),
    /** b_o, a row of n_out. */
    B_O("b_o", "\\mathbf{b}_o");

    private final String symbol;
    private final String tex;

    Param(String symbol, String tex) {
        this.symbol = symbol;
        this.tex = tex;
    }

    public String symbol() {
        return symbol;
    }

    public String tex() {
        return tex;
    }

    public boolean isBias() {
        return this == B_H || this == B_O;
    }
}
