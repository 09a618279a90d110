package bachprop.app;

import javafx.application.HostServices;

/** Opens a link from the reading pane in the desktop's browser (when there is one). */
final class LinkOpener {
    static volatile HostServices services;

    private LinkOpener() {}

    static void open(String url) {
        HostServices s = services;
        if (s != null) {
            s.showDocument(url);
        }
    }
}
