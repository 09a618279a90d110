package bachprop.music.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One HTTP(S) GET into memory through a temporary {@code .download-*.part} file in a given folder
 * (always deleted), bounded four ways by {@link Fetcher.Limits}: the connection, the gap between
 * two bytes of the body (idle), the whole download (total, checked after every read, so it ends
 * within total + idle), and the size. Every failure is a one-line {@link FetchException}.
 */
final class Download {
    private final Fetcher.Limits limits;

    Download(Fetcher.Limits limits) {
        this.limits = limits;
    }

    /** The body of {@code url}; the temporary file lives in {@code partDir}. */
    byte[] get(String url, Path partDir) throws IOException {
        Path part = Files.createTempFile(partDir, ".download-", ".part");
        part.toFile().deleteOnExit();
        long deadline = System.nanoTime() + limits.total().toNanos();
        HttpURLConnection c = open(url);
        try {
            copyBody(c, url, part, deadline);
            return Files.readAllBytes(part);
        } catch (FetchException e) {
            throw e;
        } catch (SocketTimeoutException e) {
            throw new FetchException(
                    "download of " + url + " stalled: no data for "
                            + seconds(limits.idle().toMillis())
                            + " (the server stopped sending); nothing was installed",
                    e);
        } catch (IOException e) {
            throw new FetchException("download of " + url + " failed: " + e, e);
        } finally {
            c.disconnect();
            Files.deleteIfExists(part);
        }
    }

    private HttpURLConnection open(String url) throws IOException {
        URL u;
        try {
            u = URI.create(url).toURL();
        } catch (IllegalArgumentException e) {
            throw new FetchException("'" + url + "' is not a download address: " + e.getMessage(), e);
        }
        if (!(u.openConnection() instanceof HttpURLConnection c)) {
            throw new FetchException("'" + url + "' is not an http or https address");
        }
        c.setConnectTimeout((int) limits.connect().toMillis());
        c.setReadTimeout((int) limits.idle().toMillis());
        c.setInstanceFollowRedirects(true);
        c.setRequestProperty("User-Agent", "bachprop-data-fetch");
        return c;
    }

    /**
     * Status, then the body into {@code part}. Each read waits at most the idle timeout, and the
     * deadline is checked after every read, so a download ends at most idle + total after it began.
     */
    private void copyBody(HttpURLConnection c, String url, Path part, long deadline) throws IOException {
        int status;
        try {
            status = c.getResponseCode();
        } catch (UnknownHostException | ConnectException | NoRouteToHostException e) {
            throw unreachable(url, e);
        } catch (SocketTimeoutException e) {
            boolean connecting = String.valueOf(e.getMessage()).toLowerCase().contains("connect");
            throw connecting ? unreachable(url, e) : e;
        }
        if (status != HttpURLConnection.HTTP_OK) {
            throw new FetchException("download of " + url + " failed: HTTP " + status);
        }
        long expected = c.getContentLengthLong();
        if (expected > limits.maxDownloadBytes()) {
            throw tooLarge(url);
        }
        try (InputStream in = c.getInputStream();
                OutputStream out = Files.newOutputStream(part)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (System.nanoTime() > deadline) {
                    throw tooLong(url);
                }
                total += n;
                if (total > limits.maxDownloadBytes()) {
                    throw tooLarge(url);
                }
                out.write(buf, 0, n);
            }
            if (expected >= 0 && total != expected) {
                throw new FetchException(
                        "download of " + url + " stopped after " + total + " of " + expected + " bytes");
            }
        }
    }

    private FetchException tooLarge(String url) {
        return new FetchException(
                "download of " + url + " is larger than " + (limits.maxDownloadBytes() >> 20) + " MB: refused");
    }

    private FetchException tooLong(String url) {
        return new FetchException("download of " + url + " took longer than "
                + seconds(limits.total().toMillis()) + ": stopped; nothing was installed");
    }

    private static FetchException unreachable(String url, IOException e) {
        String host = URI.create(url).getHost();
        return new FetchException(
                "cannot reach " + host + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + ") — are you offline? Fetch again later, or give the data yourself: --data DIR, $"
                        + DataLocator.ENV + ", or the cache folder (see `bachprop data path`)",
                e);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format("%.1f s", millis / 1000.0);
    }
}
