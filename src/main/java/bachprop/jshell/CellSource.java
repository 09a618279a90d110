package bachprop.jshell;

/** Positions in a cell's source text, as the messages about it count them. */
final class CellSource {
    private CellSource() {}

    /** As in notebooks, an expression ending in ';' is a statement (comments ignored). */
    static boolean endsWithSemicolon(String chunk) {
        String code = chunk.replaceAll("(?m)//.*$", "").strip();
        return code.endsWith(";");
    }

    static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** 1-based line and column of {@code offset} in {@code text}. */
    static int[] lineColumn(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
