package bachprop.app;

import bachprop.chapter.ChapterVisitor;
import bachprop.chapter.CodeCell;
import bachprop.chapter.DisplayMath;
import bachprop.chapter.InlineMath;
import bachprop.chapter.TextRenderer;
import bachprop.chapter.VisualiserBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * Walks a chapter's tree and builds the reading pane: prose as TextFlows whose fonts follow
 * {@link Fonts}, math as {@link MathView}s, code cells and visualiser cards from factories the
 * window supplies.
 */
final class FxRenderer extends ChapterVisitor {

    /** What the renderer needs from the window. */
    record Context(
            Fonts fonts,
            MathRenderer math,
            DoubleExpression zoom,
            ObservableBooleanValue dark,
            Function<CodeCell, Node> cells,
            Function<VisualiserBlock, Node> visualisers,
            Consumer<String> openLink) {}

    /** Room for a horizontal scroll bar, in pixels. */
    private static final double SCROLL_BAR = 14;

    private final Context ctx;
    private final Deque<Pane> containers = new ArrayDeque<>();
    private final List<MathView> maths = new ArrayList<>();
    private TextFlow flow;
    private int headingLevel;
    private boolean italic;
    private boolean bold;
    private String link;

    private FxRenderer(Context ctx) {
        this.ctx = ctx;
    }

    /** The rendered chapter body, and every formula in it (for tests and the benchmark). */
    record Result(VBox body, List<MathView> maths) {}

    static Result render(Document document, Context ctx) {
        FxRenderer r = new FxRenderer(ctx);
        VBox body = new VBox();
        body.getStyleClass().add("chapter-body");
        r.containers.push(body);
        document.accept(r);
        return new Result(body, r.maths);
    }

    private void add(Node node) {
        containers.peek().getChildren().add(node);
    }

    private TextFlow newFlow(String styleClass) {
        TextFlow f = styleClass.equals("th") || styleClass.equals("td") ? new WordFlow() : new TextFlow();
        if (!(f instanceof WordFlow)) {
            f.setMinWidth(0); // prose wraps at the page's width, whatever its longest word
        }
        f.getStyleClass().add(styleClass);
        return f;
    }

    private void inlineInto(TextFlow target, org.commonmark.node.Node parent) {
        TextFlow saved = flow;
        flow = target;
        visitChildren(parent);
        flow = saved;
    }

    private void text(String s, boolean mono) {
        Text t = new Text(s);
        t.getStyleClass().add("prose-text");
        if (mono) {
            t.getStyleClass().add("code");
        }
        t.fontProperty()
                .bind(
                        headingLevel > 0
                                ? ctx.fonts().heading(headingLevel, italic, mono)
                                : ctx.fonts().body(bold, italic, mono));
        if (link != null) {
            String target = link;
            t.getStyleClass().add("link");
            t.setUnderline(true);
            t.setCursor(Cursor.HAND);
            t.setOnMouseClicked(e -> ctx.openLink().accept(target));
        }
        flow.getChildren().add(t);
    }

    // ---- blocks ----

    @Override
    public void visit(Document document) {
        visitChildren(document);
    }

    @Override
    public void visit(Heading heading) {
        TextFlow f = newFlow("h" + Math.min(3, heading.getLevel()));
        headingLevel = heading.getLevel();
        inlineInto(f, heading);
        headingLevel = 0;
        add(f);
    }

    @Override
    public void visit(Paragraph paragraph) {
        TextFlow f = newFlow("paragraph");
        inlineInto(f, paragraph);
        add(f);
    }

    @Override
    public void visit(BlockQuote quote) {
        VBox box = new VBox();
        box.getStyleClass().add("blockquote");
        if (quote.getFirstChild() instanceof Paragraph first
                && TextRenderer.plain(first).replace("*", "").startsWith("Notes on the text")) {
            box.getStyleClass().add("notes-on-text");
        }
        containers.push(box);
        visitChildren(quote);
        containers.pop();
        add(box);
    }

    @Override
    public void visit(BulletList list) {
        list(list, -1);
    }

    @Override
    public void visit(OrderedList list) {
        list(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
    }

    private void list(org.commonmark.node.Node list, int start) {
        VBox box = new VBox();
        box.getStyleClass().add("md-list");
        int n = start;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Label marker = new Label(start < 0 ? "•" : (n++) + ".");
            marker.getStyleClass().add("list-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("list-item");
            HBox.setHgrow(content, Priority.ALWAYS);
            containers.push(content);
            visitChildren(item);
            containers.pop();
            HBox row = new HBox(marker, content);
            row.getStyleClass().add("list-row");
            box.getChildren().add(row);
        }
        add(box);
    }

    @Override
    public void visit(ListItem item) {
        visitChildren(item);
    }

    @Override
    public void visit(FencedCodeBlock code) {
        codeBlock(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        codeBlock(code.getLiteral());
    }

    private void codeBlock(String literal) {
        Label l = new Label(literal.stripTrailing());
        l.getStyleClass().add("code-block");
        l.setWrapText(false);
        l.setMinWidth(Region.USE_PREF_SIZE); // whole lines: a long one scrolls, never "…"
        l.setMaxWidth(Double.MAX_VALUE);
        add(sideways(l));
    }

    /** {@code wide} in a pane that scrolls sideways when it is wider than the page, instead of widening the page. */
    private static ScrollPane sideways(Node wide) {
        ScrollPane scroll = new ScrollPane(wide);
        scroll.setFitToWidth(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setMinWidth(0);
        scroll.getStyleClass().add("wide-scroll");
        if (wide instanceof Region r) { // as high as the content at the width it got, plus the bar when it shows
            scroll.prefViewportHeightProperty()
                    .bind(Bindings.createDoubleBinding(
                            () -> r.getHeight() + (r.getWidth() > scroll.getWidth() + 0.5 ? SCROLL_BAR : 0),
                            r.heightProperty(),
                            r.widthProperty(),
                            scroll.widthProperty()));
        }
        return scroll;
    }

    @Override
    public void visit(HtmlBlock html) {
        codeBlock(html.getLiteral());
    }

    @Override
    public void visit(ThematicBreak b) {
        add(new Separator());
    }

    @Override
    public void visit(DisplayMath math) {
        MathView view = new MathView(math.tex(), true, ctx.math(), 18f, ctx.zoom(), ctx.dark());
        maths.add(view);
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox row = new HBox(left, view, right);
        row.setAlignment(Pos.CENTER);
        row.getStyleClass().add("display-math");
        if (math.number() != null) {
            Label number = new Label("(" + math.number() + ")");
            number.getStyleClass().add("equation-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(number);
        }
        // An equation wider than the page scrolls on its own instead of widening the page.
        ScrollPane scroll = new ScrollPane(row);
        scroll.setFitToWidth(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setMinWidth(0);
        scroll.getStyleClass().add("display-math-scroll");
        add(scroll);
    }

    @Override
    public void visit(CodeCell cell) {
        add(ctx.cells().apply(cell));
    }

    @Override
    public void visit(VisualiserBlock v) {
        add(ctx.visualisers().apply(v));
    }

    @Override
    protected void visitOtherBlock(CustomBlock block) {
        if (block instanceof TableBlock) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("md-table");
            int row = 0;
            for (org.commonmark.node.Node section = block.getFirstChild();
                    section != null;
                    section = section.getNext()) {
                boolean head = section instanceof TableHead;
                for (org.commonmark.node.Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                    if (!(r instanceof TableRow)) {
                        continue;
                    }
                    int col = 0;
                    for (org.commonmark.node.Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                        TextFlow f = newFlow(head ? "th" : "td");
                        boolean savedBold = bold;
                        bold = head;
                        if (c instanceof TableCell) {
                            inlineInto(f, c);
                        }
                        bold = savedBold;
                        grid.add(f, col++, row);
                    }
                    row++;
                }
            }
            for (int i = 0; i < grid.getColumnCount(); i++) {
                ColumnConstraints cc = new ColumnConstraints();
                cc.setHgrow(Priority.SOMETIMES);
                grid.getColumnConstraints().add(cc);
            }
            // Each column at least as wide as its widest word (WordFlow); a table wider than the page scrolls.
            grid.setMinWidth(Region.USE_COMPUTED_SIZE);
            add(sideways(grid));
        } else {
            visitChildren(block);
        }
    }

    // ---- inlines ----

    @Override
    public void visit(org.commonmark.node.Text text) {
        text(text.getLiteral(), false);
    }

    @Override
    public void visit(Code code) {
        text(code.getLiteral(), true);
    }

    @Override
    public void visit(HtmlInline html) {
        text(html.getLiteral(), true);
    }

    @Override
    public void visit(Emphasis emphasis) {
        boolean saved = italic;
        italic = true;
        visitChildren(emphasis);
        italic = saved;
    }

    @Override
    public void visit(StrongEmphasis strong) {
        boolean saved = bold;
        bold = true;
        visitChildren(strong);
        bold = saved;
    }

    @Override
    public void visit(Link l) {
        String saved = link;
        link = l.getDestination();
        visitChildren(l);
        link = saved;
    }

    @Override
    public void visit(SoftLineBreak b) {
        text(" ", false);
    }

    @Override
    public void visit(HardLineBreak b) {
        text("\n", false);
    }

    @Override
    public void visit(InlineMath math) {
        float size = headingLevel == 1 ? 26f : headingLevel == 2 ? 21f : 15.5f;
        MathView view = new MathView(math.tex(), false, ctx.math(), size, ctx.zoom(), ctx.dark());
        maths.add(view);
        flow.getChildren().add(view);
    }
}
