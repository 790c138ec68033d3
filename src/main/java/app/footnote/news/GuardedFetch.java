package app.footnote.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.net.InetAddressUtils;
import org.apache.hc.core5.util.Timeout;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * The one door through which the bot reads the web: http and https only; each host resolved once and every address
 * it resolves to checked before connecting, on every redirect too (at most {@value #MAX_REDIRECTS}); a connect timeout
 * and one for the whole response; at most {@value #MAX_BYTES} bytes read; only the content types asked for; a
 * User-Agent naming Footnote; robots.txt respected. Every refusal is a {@link LinkRefusedException} saying why.
 */
public class GuardedFetch implements AutoCloseable {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_REDIRECTS = 5;
    public static final String ROBOT_NAME = "Footnote";
    public static final String USER_AGENT = "Footnote/1.0 (trivia bot for Discord; reads the news links and feeds"
            + " its moderators give it)";

    /** What the caller reads, and so which content types it takes. */
    public enum Wanted {

        PAGE("a web page", "web pages (HTML)", Set.of("text/html", "application/xhtml+xml"),
                "text/html,application/xhtml+xml"), FEED("an RSS or Atom feed", "RSS and Atom feeds",
                        Set.of("application/rss+xml", "application/atom+xml",
                                "application/rdf+xml", "application/xml", "text/xml"),
                        "application/rss+xml,application/atom+xml,application/xml,text/xml"), ROBOTS("robots.txt",
                                "robots.txt", Set.of(), "text/plain");

        private final String name;
        private final String plural;
        private final Set<String> types;
        private final String accept;

        Wanted(String name, String plural, Set<String> types, String accept) {
            this.name = name;
            this.plural = plural;
            this.types = types;
            this.accept = accept;
        }
    }

    /**
     * A response read whole.
     *
     * @param uri where it came from, after redirects
     * @param status 200, or 304 when a conditional request found nothing new (then the body is empty)
     * @param charset as the response declared it; null when it did not
     */
    public record Fetched(URI uri, int status, String mediaType, Charset charset, byte[] body, String etag,
            String lastModified) {

        public boolean notModified() {
            return status == 304;
        }
    }

    /** Resolves a host name; tests give names of their own. */
    @FunctionalInterface
    public interface HostResolver {

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Thrown by the resolver inside the client when an address is refused, and told as the refusal. */
    private static final class RefusedAddress extends UnknownHostException {

        RefusedAddress(String message) {
            super(message);
        }
    }

    private final HostResolver resolver;
    private final AddressPolicy policy;
    private final Duration responseTimeout;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "footnote-fetch-deadlines");
        thread.setDaemon(true);
        return thread;
    });
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final Cache<String, BaseRobotRules> robots = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofHours(1)).build();

    public GuardedFetch(HostResolver resolver, AddressPolicy policy, Duration connectTimeout,
            Duration responseTimeout) {
        this.resolver = resolver;
        this.policy = policy;
        this.responseTimeout = responseTimeout;
        DnsResolver checked = new DnsResolver() {

            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                InetAddress[] addresses = resolver.resolve(host);
                for (InetAddress address : addresses) {
                    Optional<String> refusal = policy.refusal(address);
                    if (refusal.isPresent()) {
                        throw new RefusedAddress(host + " resolves to " + refusal.get() + "; Footnote reads only"
                                + " public addresses");
                    }
                }
                return addresses;
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(checked)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(responseTimeout)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(responseTimeout))
                        .build())
                .setUserAgent(USER_AGENT).disableRedirectHandling().disableAutomaticRetries()
                .disableCookieManagement().disableAuthCaching().build();
    }

    public Fetched fetch(String link, Wanted wanted) {
        return fetch(link, wanted, null, null);
    }

    /**
     * Reads a link, following redirects.
     *
     * @param etag sent as If-None-Match, or null
     * @param lastModified sent as If-Modified-Since, or null
     * @throws LinkRefusedException saying why, when the link is refused or the site fails
     */
    public Fetched fetch(String link, Wanted wanted, String etag, String lastModified) {
        return follow(parse(link), wanted, etag, lastModified, true);
    }

    /** The link as an absolute http or https address. */
    static URI parse(String link) {
        String text = link == null ? "" : link.strip();
        if (text.isEmpty()) {
            throw LinkRefusedException.refused("No link was given.");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw LinkRefusedException.refused("“" + shortened(text) + "” is not a web address: " + e.getReason()
                    + ".");
        }
        checkScheme(uri, text);
        return uri;
    }

    private static void checkScheme(URI uri, String text) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw LinkRefusedException.refused("“" + shortened(text) + "” is not an http or https link"
                    + (scheme.isEmpty() ? "" : " (it is " + scheme + ":)") + "; Footnote reads only web pages.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw LinkRefusedException.refused("“" + shortened(text) + "” names no host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw LinkRefusedException.refused("“" + shortened(text) + "” holds a user name or password; Footnote"
                    + " reads only public pages.");
        }
    }

    private Fetched follow(URI start, Wanted wanted, String etag, String lastModified, boolean obeyRobots) {
        URI uri = start;
        for (int hop = 0;; hop++) {
            checkLiteralAddress(uri);
            if (obeyRobots && !allowedByRobots(uri)) {
                throw LinkRefusedException.refused(uri.getHost() + "'s robots.txt asks robots not to read " + uri
                        + "; Footnote respects it.");
            }
            HttpGet request = new HttpGet(uri);
            request.setHeader("Accept", wanted.accept);
            if (hop == 0 && etag != null) {
                request.setHeader("If-None-Match", etag);
            }
            if (hop == 0 && lastModified != null) {
                request.setHeader("If-Modified-Since", lastModified);
            }
            AtomicBoolean late = new AtomicBoolean();
            ScheduledFuture<?> deadline = deadlines.schedule(() -> {
                late.set(true);
                request.cancel();
            }, responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
            try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
                int status = response.getCode();
                if (status >= 300 && status < 400 && status != 304) {
                    Header location = response.getFirstHeader("Location");
                    if (location == null) {
                        throw LinkRefusedException.siteFailed(uri + " redirects (" + status + ") without saying"
                                + " where to.");
                    }
                    if (hop == MAX_REDIRECTS) {
                        throw LinkRefusedException.refused(start + " redirects more than " + MAX_REDIRECTS
                                + " times; Footnote stops there.");
                    }
                    URI next = redirectTarget(uri, location.getValue());
                    checkScheme(next, next.toString());
                    uri = next;
                    continue;
                }
                if (status == 304) {
                    return new Fetched(uri, status, null, null, new byte[0], etag, lastModified);
                }
                if (status >= 500) {
                    throw LinkRefusedException.siteUnavailable(uri + " answered " + status + " ("
                            + reasonOf(status) + ").");
                }
                if (status >= 400 || status < 200) {
                    throw LinkRefusedException.siteFailed(uri + " answered " + status + " (" + reasonOf(status)
                            + ").");
                }
                return read(uri, wanted, response, late);
            } catch (RefusedAddress e) {
                throw LinkRefusedException.refused(e.getMessage() + ".");
            } catch (UnknownHostException e) {
                throw LinkRefusedException.siteFailed(uri.getHost() + " is not a known host name.");
            } catch (ConnectTimeoutException e) {
                throw LinkRefusedException.siteUnavailable(uri.getHost() + " did not accept a connection in time.");
            } catch (HttpHostConnectException e) {
                throw LinkRefusedException.siteUnavailable(uri.getHost() + " refused the connection.");
            } catch (SSLException e) {
                throw LinkRefusedException.siteFailed("The secure connection to " + uri.getHost() + " failed: "
                        + e.getMessage());
            } catch (IOException e) {
                if (late.get() || e instanceof SocketTimeoutException) {
                    throw tooSlow(uri);
                }
                throw LinkRefusedException.siteFailed("Reading " + uri + " failed: " + e.getMessage());
            } finally {
                deadline.cancel(false);
            }
        }
    }

    private Fetched read(URI uri, Wanted wanted, ClassicHttpResponse response, AtomicBoolean late)
            throws IOException {
        HttpEntity entity = response.getEntity();
        ContentType type = entity == null || entity.getContentType() == null ? null
                : ContentType.parseLenient(entity.getContentType());
        String mediaType = type == null ? null : type.getMimeType().toLowerCase(Locale.ROOT);
        if (wanted != Wanted.ROBOTS && (mediaType == null || !wanted.types.contains(mediaType))) {
            throw LinkRefusedException.refused(uri + " is " + describe(mediaType) + ", not " + wanted.name
                    + "; Footnote reads only " + wanted.plural + ".");
        }
        if (entity.getContentLength() > MAX_BYTES) {
            throw tooLarge(uri);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = entity.getContent()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (late.get()) {
                    throw tooSlow(uri);
                }
                if (body.size() + n > MAX_BYTES) {
                    throw tooLarge(uri);
                }
                body.write(buffer, 0, n);
            }
        }
        if (late.get()) {
            throw tooSlow(uri);
        }
        Header etag = response.getFirstHeader("ETag");
        Header lastModified = response.getFirstHeader("Last-Modified");
        return new Fetched(uri, response.getCode(), mediaType, type == null ? null : charsetOf(type),
                body.toByteArray(), etag == null ? null : etag.getValue(),
                lastModified == null ? null : lastModified.getValue());
    }

    /** An address written in the link is checked here: no name is resolved for it. */
    private void checkLiteralAddress(URI uri) {
        String host = uri.getHost();
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (InetAddressUtils.isIPv4(bare) || InetAddressUtils.isIPv6(bare)) {
            try {
                Optional<String> refusal = policy.refusal(InetAddress.getByName(bare));
                if (refusal.isPresent()) {
                    throw LinkRefusedException.refused(uri + " is at " + refusal.get() + "; Footnote reads only"
                            + " public addresses.");
                }
            } catch (UnknownHostException e) {
                throw LinkRefusedException.refused(uri + " holds an address that is not one.");
            }
        }
    }

    /** Whether the site's robots.txt lets Footnote read this address; read once an hour per site. */
    private boolean allowedByRobots(URI uri) {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
        BaseRobotRules rules = robots.get(origin, key -> {
            try {
                Fetched fetched = follow(URI.create(origin + "/robots.txt"), Wanted.ROBOTS, null, null, false);
                return robotsParser.parseContent(origin + "/robots.txt", fetched.body(),
                        fetched.mediaType() == null ? "text/plain" : fetched.mediaType(),
                        List.of(ROBOT_NAME.toLowerCase(Locale.ROOT)));
            } catch (LinkRefusedException e) {
                if (!e.remote()) {
                    throw e;
                }
                // RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one disallows everything.
                return robotsParser.failedFetch(statusIn(e.getMessage()));
            }
        });
        return rules.isAllowed(uri.toString());
    }

    private static int statusIn(String message) {
        java.util.regex.Matcher status = java.util.regex.Pattern.compile("answered (\\d{3})").matcher(message);
        return status.find() ? Integer.parseInt(status.group(1)) : 503;
    }

    private static URI redirectTarget(URI from, String location) {
        try {
            return from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw LinkRefusedException.siteFailed(from + " redirects to “" + shortened(location)
                    + "”, which is not a web address.");
        }
    }

    private LinkRefusedException tooSlow(URI uri) {
        return LinkRefusedException.siteUnavailable(uri.getHost() + " took longer than " + responseTimeout.toSeconds()
                + " s to send " + uri + "; Footnote gave up.");
    }

    private static LinkRefusedException tooLarge(URI uri) {
        return LinkRefusedException.refused(uri + " is larger than " + MAX_BYTES / (1024 * 1024)
                + " MB; Footnote reads no more than that.");
    }

    private static Charset charsetOf(ContentType type) {
        try {
            return type.getCharset();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String describe(String mediaType) {
        if (mediaType == null) {
            return "of no stated content type";
        }
        if (mediaType.equals("application/pdf")) {
            return "a PDF (application/pdf)";
        }
        if (mediaType.startsWith("image/")) {
            return "an image (" + mediaType + ")";
        }
        if (mediaType.startsWith("video/") || mediaType.startsWith("audio/")) {
            return "a recording (" + mediaType + ")";
        }
        return mediaType;
    }

    private static String reasonOf(int status) {
        return switch (status) {
            case 401, 403 -> "the page needs a login or a subscription, or refuses robots";
            case 404, 410 -> "no such page";
            case 429 -> "the site asks to slow down; try again later";
            default -> status >= 500 ? "the site failed; try again later" : "refused";
        };
    }

    private static String shortened(String text) {
        return text.length() > 100 ? text.substring(0, 99) + "…" : text;
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }
}
