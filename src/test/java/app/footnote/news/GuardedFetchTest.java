package app.footnote.news;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.footnote.testing.LoopbackSite;

/** The fetching door, against a web site on the loopback interface. */
class GuardedFetchTest {

    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration RESPONSE = Duration.ofSeconds(2);

    private final LoopbackSite site = new LoopbackSite();

    /** Names of the tests' own: a public-looking news site that is the loopback site, and an intranet host. */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "news.example" -> new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};
            case "intranet.example" -> new InetAddress[]{InetAddress.getByAddress(host, new byte[]{10, 0, 0, 5})};
            case "metadata.example" -> new InetAddress[]{
                    InetAddress.getByAddress(host, new byte[]{(byte) 169, (byte) 254, (byte) 169, (byte) 254})};
            default -> InetAddress.getAllByName(host);
        };
    }

    /** Private addresses refused, except the stand-in for a public site, news.example. */
    private static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(false) {

        @Override
        protected String kind(InetAddress address) {
            return "news.example".equals(address.getHostName()) ? null : super.kind(address);
        }
    };

    private GuardedFetch door(AddressPolicy policy) {
        return new GuardedFetch(GuardedFetchTest::resolve, policy, CONNECT, RESPONSE);
    }

    private final GuardedFetch allowingPrivate = door(new AddressPolicy(true));
    private final GuardedFetch publicOnly = door(PUBLIC_ONLY);

    @AfterEach
    void close() throws IOException {
        site.close();
        allowingPrivate.close();
        publicOnly.close();
    }

    private String onNewsExample(String path) {
        return "http://news.example:" + site.port() + path;
    }

    private LinkRefusedException refusal(GuardedFetch door, String link, GuardedFetch.Wanted wanted) {
        return assertThrows(LinkRefusedException.class, () -> door.fetch(link, wanted));
    }

    @Test
    void aPageIsReadWithAUserAgentNamingFootnote() {
        String[] userAgent = new String[1];
        site.handle("/story", exchange -> {
            userAgent[0] = exchange.getRequestHeaders().getFirst("User-Agent");
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            LoopbackSite.send(exchange, 200, "<html><body><p>Hello</p></body></html>".getBytes(UTF_8));
        });

        GuardedFetch.Fetched page = allowingPrivate.fetch(site.url("/story"), GuardedFetch.Wanted.PAGE);

        assertEquals("text/html", page.mediaType());
        assertEquals(UTF_8, page.charset());
        assertTrue(new String(page.body(), UTF_8).contains("Hello"));
        assertTrue(userAgent[0].startsWith("Footnote/"), userAgent[0]);
    }

    @Test
    void redirectsAreFollowedUpToFive() {
        site.page("/final", "reuters-becton-carefusion.html");
        for (int i = 1; i <= 5; i++) {
            site.redirect("/r" + i, i == 5 ? "/final" : "/r" + (i + 1));
        }
        site.redirect("/r6", "/r1"); // six redirects to the page

        assertEquals(site.url("/final"), allowingPrivate.fetch(site.url("/r1"), GuardedFetch.Wanted.PAGE).uri()
                .toString());
        LinkRefusedException loop = refusal(allowingPrivate, site.url("/r6"), GuardedFetch.Wanted.PAGE);
        assertTrue(loop.getMessage().contains("redirects more than 5 times"), loop.getMessage());
    }

    @Test
    void aMissingPageSaysTheSiteAnswered404() {
        LinkRefusedException e = refusal(allowingPrivate, site.url("/gone"), GuardedFetch.Wanted.PAGE);
        assertTrue(e.remote());
        assertTrue(e.getMessage().contains("answered 404 (no such page)"), e.getMessage());
    }

    @Test
    void aLoginWallSaysThePageNeedsALogin() {
        site.serve("/paywalled", 403, "text/html", "<p>Subscribe</p>".getBytes(UTF_8));
        LinkRefusedException e = refusal(allowingPrivate, site.url("/paywalled"), GuardedFetch.Wanted.PAGE);
        assertTrue(e.getMessage().contains("needs a login or a subscription"), e.getMessage());
    }

    @Test
    void aSlowServerIsGivenUpOnAtTheResponseTimeout() {
        site.handle("/slow", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write("<p>a little more</p>".getBytes(UTF_8));
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException | IOException e) {
                // the client hung up, as it should
            }
        });

        long start = System.nanoTime();
        LinkRefusedException e = refusal(allowingPrivate, site.url("/slow"), GuardedFetch.Wanted.PAGE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(e.getMessage().contains("took longer than 2 s"), e.getMessage());
        assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "took " + took);
    }

    @Test
    void aBodyOver5MegabytesIsRefusedWithoutReadingItAll() {
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        site.handle("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 20; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client stops reading at 5 MB
            }
        });
        site.serve("/announced", 200, "text/html", new byte[20 * 1024 * 1024]);

        for (String path : new String[]{"/huge", "/announced"}) {
            LinkRefusedException e = refusal(allowingPrivate, site.url(path), GuardedFetch.Wanted.PAGE);
            assertTrue(e.getMessage().contains("larger than 5 MB"), e.getMessage());
        }
    }

    @Test
    void aPdfAnImageOrAFeedIsNoPage() {
        site.serve("/report.pdf", 200, "application/pdf", "%PDF-1.7".getBytes(UTF_8));
        site.serve("/photo.jpg", 200, "image/jpeg", new byte[]{1, 2, 3});
        site.serve("/untyped", 200, null, "<p>what am I</p>".getBytes(UTF_8));

        assertTrue(refusal(allowingPrivate, site.url("/report.pdf"), GuardedFetch.Wanted.PAGE).getMessage()
                .contains("is a PDF (application/pdf), not a web page"));
        assertTrue(refusal(allowingPrivate, site.url("/photo.jpg"), GuardedFetch.Wanted.PAGE).getMessage()
                .contains("is an image (image/jpeg)"));
        assertFalse(refusal(allowingPrivate, site.url("/untyped"), GuardedFetch.Wanted.PAGE).remote());
    }

    @Test
    void onlyHttpAndHttpsLinksAreRead() {
        for (String link : new String[]{"file:///etc/passwd", "ftp://news.example/story", "javascript:alert(1)",
                "news.example/story", "http://user:secret@news.example/"}) {
            LinkRefusedException e = refusal(allowingPrivate, link, GuardedFetch.Wanted.PAGE);
            assertFalse(e.remote(), link);
        }
        assertTrue(refusal(allowingPrivate, "file:///etc/passwd", GuardedFetch.Wanted.PAGE).getMessage()
                .contains("not an http or https link (it is file:)"));
        assertTrue(refusal(allowingPrivate, "http://exa mple.com/", GuardedFetch.Wanted.PAGE).getMessage()
                .contains("is not a web address"));
    }

    @Test
    void aHostResolvingToAPrivateRangeIsRefusedBeforeAnyConnection() {
        LinkRefusedException e = refusal(publicOnly, "http://intranet.example:" + site.port() + "/",
                GuardedFetch.Wanted.PAGE);
        assertEquals("intranet.example resolves to 10.0.0.5, a private address; Footnote reads only public"
                + " addresses.", e.getMessage());

        assertTrue(refusal(publicOnly, "http://metadata.example/latest/meta-data/", GuardedFetch.Wanted.PAGE)
                .getMessage().contains("the cloud metadata address"));
        assertTrue(refusal(publicOnly, site.url("/"), GuardedFetch.Wanted.PAGE).getMessage()
                .contains("127.0.0.1, a loopback address"));
        assertTrue(refusal(publicOnly, "http://[::1]:" + site.port() + "/", GuardedFetch.Wanted.PAGE).getMessage()
                .contains("a loopback address"));
    }

    @Test
    void aRedirectFromAPublicHostToLoopbackIsRefusedUnlessAllowed() {
        site.page("/internal", "reuters-becton-carefusion.html");
        site.redirect("/story", "http://localhost:" + site.port() + "/internal");

        LinkRefusedException e = refusal(publicOnly, onNewsExample("/story"), GuardedFetch.Wanted.PAGE);
        assertTrue(e.getMessage().startsWith("localhost resolves to"), e.getMessage());
        assertTrue(e.getMessage().contains("a loopback address"), e.getMessage());
        assertEquals(0, site.hits("/internal"));

        assertEquals(200, allowingPrivate.fetch(onNewsExample("/story"), GuardedFetch.Wanted.PAGE).status());
        assertEquals(1, site.hits("/internal"));
    }

    @Test
    void robotsTxtIsRespected() {
        site.serve("/robots.txt", 200, "text/plain", ("User-agent: *\nDisallow: /private/\n\nUser-agent: Footnote\n"
                + "Disallow: /members/\n").getBytes(UTF_8));
        site.page("/members/story", "reuters-becton-carefusion.html");
        site.page("/open/story", "reuters-becton-carefusion.html");

        LinkRefusedException e = refusal(allowingPrivate, site.url("/members/story"), GuardedFetch.Wanted.PAGE);
        assertTrue(e.getMessage().contains("robots.txt asks robots not to read"), e.getMessage());
        assertEquals(0, site.hits("/members/story"));
        assertEquals(200, allowingPrivate.fetch(site.url("/open/story"), GuardedFetch.Wanted.PAGE).status());
        assertEquals(1, site.hits("/robots.txt"), "robots.txt is read once per site, not per page");
    }

    @Test
    void aConditionalRequestTellsNothingNew() {
        site.handle("/feed.xml", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackSite.send(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            LoopbackSite.send(exchange, 200, "<rss/>".getBytes(UTF_8));
        });

        GuardedFetch.Fetched first = allowingPrivate.fetch(site.url("/feed.xml"), GuardedFetch.Wanted.FEED);
        GuardedFetch.Fetched again = allowingPrivate.fetch(site.url("/feed.xml"), GuardedFetch.Wanted.FEED,
                first.etag(), null);

        assertEquals("\"v1\"", first.etag());
        assertTrue(again.notModified());
    }
}
