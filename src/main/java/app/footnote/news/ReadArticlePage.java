package app.footnote.news;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * Reads an article out of its page: the main text by Readability (the algorithm of Firefox's reader view, which
 * scores the page's blocks and keeps the article's, leaving navigation, ads and related links), with what is still
 * no part of the story (figures and their captions, asides, share bars) removed from what it kept; the metadata from
 * the page's Open Graph tags and JSON-LD, as publishers write them for search engines and link previews.
 */
public final class ReadArticlePage {

    /** Schema.org types of a news story's JSON-LD. */
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "liveblogposting", "report", "scholarlyarticle");
    /**
     * Blocks that are no part of a story's prose, removed before Readability looks (it drops class names from what it
     * keeps): figures and their captions, asides, forms, ad slots, share bars, related links, newsletter promotions.
     */
    private static final String NOT_PROSE = "figure, figcaption, aside, nav, footer, form, button, script, style,"
            + " noscript, iframe, [aria-hidden=true], [class~=(?i)(caption|related|share|sharing|newsletter|promo"
            + "|social)], [class~=(?i)(^|\\s)(ad|ads|advert\\w*|ad-\\w+|dfp-ad\\w*|gpt-ad\\w*)(\\s|$)],"
            + " [id~=(?i)^(div-)?gpt]";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadArticlePage() {
    }

    /**
     * @throws LinkRefusedException when the page holds no article text (an empty page, a login wall, an index)
     */
    public static PageArticle read(GuardedFetch.Fetched page) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(page.body()),
                    page.charset() == null ? null : page.charset().name(), page.uri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JsonNode> linkedData = linkedData(document);
        Optional<JsonNode> story = linkedData.stream().filter(ReadArticlePage::isArticle).findFirst();

        String url = canonical(document, page.uri());
        String title = first(meta(document, "og:title"), story.map(s -> text(s.get("headline"))),
                Optional.of(document.title().strip()).filter(t -> !t.isEmpty())).orElse(url);
        String outlet = first(meta(document, "og:site_name"), story.map(s -> publisher(s.get("publisher"))),
                Optional.of(hostOf(url))).orElse(null);
        String author = first(story.map(s -> names(s.get("author"))), meta(document, "author"),
                meta(document, "article:author").filter(a -> !a.startsWith("http"))).orElse(null);
        LocalDate published = Stream.of(meta(document, "article:published_time"),
                story.map(s -> text(s.get("datePublished"))), meta(document, "date"),
                Optional.ofNullable(document.selectFirst("[itemprop=datePublished]"))
                        .map(e -> e.hasAttr("content") ? e.attr("content") : e.attr("datetime")))
                .flatMap(Optional::stream).map(ReadArticlePage::dateOf).flatMap(Optional::stream).findFirst()
                .orElse(null);

        String text = mainText(document, page.uri().toString());
        if (text.split("\\s+").length < 50) {
            throw LinkRefusedException.refused(page.uri() + " holds no article text that Footnote can find"
                    + (text.isBlank() ? "" : " (" + text.split("\\s+").length + " words)") + ": an empty page, a"
                    + " login or subscription wall, or a page of links?");
        }
        return new PageArticle(url, title, outlet, author, published, text);
    }

    static String mainText(Document document, String uri) {
        Document page = document.clone();
        page.select(NOT_PROSE).remove();
        Article article = new Readability4JExtended(uri, page).parse();
        Element content = article.getArticleContent();
        if (content == null) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : content.select(BLOCKS)) {
            // A list item holding paragraphs is told by its paragraphs.
            if (!block.select(BLOCKS).stream().filter(inner -> inner != block).findAny().isPresent()) {
                String line = block.text().strip();
                if (!line.isEmpty()) {
                    paragraphs.add(line);
                }
            }
        }
        return String.join("\n", paragraphs);
    }

    private static String canonical(Document document, URI fetched) {
        return Stream.of(document.select("link[rel=canonical]").attr("abs:href"),
                document.select("meta[property=og:url]").attr("abs:content")).filter(u -> !u.isBlank())
                .map(u -> {
                    try {
                        URI uri = URI.create(u.strip());
                        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                        return scheme.equals("http") || scheme.equals("https") ? withoutFragment(uri) : null;
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }).filter(u -> u != null).findFirst().orElse(withoutFragment(fetched));
    }

    private static String withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    private static String hostOf(String url) {
        String host = URI.create(url).getHost();
        return host == null ? url : host.startsWith("www.") ? host.substring(4) : host;
    }

    private static Optional<String> meta(Document document, String name) {
        Element element = document.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return Optional.ofNullable(element).map(e -> e.attr("content").strip()).filter(s -> !s.isEmpty());
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        return Stream.of(candidates).flatMap(Optional::stream).filter(s -> s != null && !s.isBlank()).findFirst();
    }

    private static Optional<LocalDate> dateOf(String text) {
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            // not an offset date-time
        }
        try {
            return Optional.of(ZonedDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            // not a zoned one either
        }
        try {
            return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Every JSON-LD node of the page, those of {@code @graph} and of arrays included; what does not parse is skipped. */
    private static List<JsonNode> linkedData(Document document) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (IOException e) {
                // A site's broken JSON-LD is no reason to refuse its article.
            }
        }
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        List<JsonNode> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(types::add);
        } else {
            types.add(type);
        }
        return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT)));
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? "" : node.asText().strip();
    }

    /** The publisher's name: JSON-LD gives an Organization, a list of them, or a bare name. */
    private static String publisher(JsonNode node) {
        JsonNode publisher = node != null && node.isArray() && node.size() > 0 ? node.get(0) : node;
        return publisher != null && publisher.isObject() ? text(publisher.get("name")) : text(publisher);
    }

    /** An author, or several, as JSON-LD writes them: a name, a Person, or a list of either. */
    private static String names(JsonNode node) {
        if (node == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        (node.isArray() ? node : JSON.createArrayNode().add(node)).forEach(n -> {
            String name = n.isObject() ? text(n.get("name")) : text(n);
            if (!name.isEmpty() && !name.startsWith("http")) {
                names.add(name);
            }
        });
        return String.join(", ", names);
    }
}
