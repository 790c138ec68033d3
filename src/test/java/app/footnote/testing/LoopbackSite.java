package app.footnote.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A web site on the loopback interface, serving what each test puts at a path; it counts the requests per path. */
public final class LoopbackSite implements AutoCloseable {

    public static final Path FIXTURES = Path.of("src/test/resources/news");

    private final HttpServer server;
    private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public LoopbackSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address of a path, by the loopback address. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    public LoopbackSite serve(String path, int status, String contentType, byte[] body) {
        return handle(path, exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            send(exchange, status, body);
        });
    }

    public LoopbackSite page(String path, String fixture) {
        try {
            return serve(path, 200, "text/html; charset=utf-8", Files.readAllBytes(FIXTURES.resolve(fixture)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid RSS feed of no items at a path (any query string gives the same feed). */
    public LoopbackSite rss(String path) {
        return serve(path, 200, "application/rss+xml; charset=utf-8", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Wire</title><link>" + url("/") + "</link>"
                + "<description>News</description></channel></rss>").getBytes(StandardCharsets.UTF_8));
    }

    public LoopbackSite redirect(String path, String location) {
        return handle(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            send(exchange, 302, new byte[0]);
        });
    }

    public LoopbackSite handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                send(exchange, 404, "no such page".getBytes(StandardCharsets.UTF_8));
                return;
            }
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            handler.handle(exchange);
        });
        return this;
    }

    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
