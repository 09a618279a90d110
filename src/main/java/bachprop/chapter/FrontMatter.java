package bachprop.chapter;

import java.util.List;

/**
 * The block between the two {@code ---} lines at the top of a chapter file.
 *
 * @param id        the chapter number (equals the NN of its folder)
 * @param title     the title shown in the navigator
 * @param sections  the source text's sections it mirrors, e.g. {@code [4.1, 4.2]}
 * @param exercises the slugs of its exercises, in order (may be empty)
 */
public record FrontMatter(int id, String title, List<String> sections, List<String> exercises) {
    public FrontMatter {
        sections = List.copyOf(sections);
        exercises = List.copyOf(exercises);
    }

    @Override
    public String toString() {
        return "Chapter " + id + ": " + title + " (sections " + String.join(", ", sections) + ")";
    }
}
