package bachprop.chapter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.CustomBlock;

/**
 * A fenced {@code visualiser NAME} block that embeds a visualiser; its lines are {@code key: value}
 * options handed to the visualiser's factory.
 */
public final class VisualiserBlock extends CustomBlock {
    private final String name;
    private final Map<String, String> options;
    private final int line;

    public VisualiserBlock(String name, Map<String, String> options, int line) {
        this.name = name;
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        this.line = line;
    }

    public String name() {
        return name;
    }

    public Map<String, String> options() {
        return options;
    }

    /** 1-based line of the opening fence in the chapter file. */
    public int line() {
        return line;
    }

    @Override
    protected String toStringAttributes() {
        return "name=" + name + ", options=" + options;
    }
}
