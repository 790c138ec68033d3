package app.footnote.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.footnote.testing.LoopbackSite;

/**
 * Main text and metadata of article pages modelled on three sites' layouts (see make_fixtures.py beside them): every
 * paragraph of the story is kept, one a line, and none of the navigation, ads, captions, share bars, related links,
 * sidebars, comments or footers.
 */
class ReadArticlePageTest {

    record Layout(String fixture, String story, String fetchedFrom, String url, String title, String outlet,
            String author, LocalDate published, List<String> notArticle) {

        @Override
        public String toString() {
            return fixture;
        }
    }

    static Stream<Layout> layouts() {
        return Stream.of(
                new Layout("reuters-becton-carefusion.html", "biz-becton-carefusion.txt",
                        "https://www.reuters.com/article/idUSKCN0HU0WM20141005?utm_source=x",
                        "https://www.reuters.com/article/us-carefusion-m-a-bectondickinson-idUSKCN0HU0WM20141005",
                        "Becton Dickinson to buy CareFusion for $12.2 billion", "Reuters", "Ankur Banerjee",
                        LocalDate.of(2014, 10, 5), List.of("cookies", "Advertisement", "Related coverage", "DJIA",
                                "Share on", "Most read", "Franklin Lakes", "Markets",
                                "All rights reserved")),
                new Layout("nbcsports-wozniacki.html", "sport-wozniacki-wta-finals.txt",
                        "https://nbcsports.example/2017/10/29/wozniacki",
                        "https://www.nbcsports.com/tennis/news/wozniacki-defeats-williams-for-career-best-win-at-wta-finals",
                        "Wozniacki defeats Williams for career best win at WTA finals", "NBC Sports",
                        "Associated Press", LocalDate.of(2017, 10, 29), List.of("Peacock", "Share this", "celebrates"
                                + " with the trophy", "Advertisement", "Halep clinches", "Leave a Reply",
                                "Trending", "Garoppolo", "Newsletter", "Tagged", "NBC Universal")),
                new Layout("orlandosentinel-telstar.html", "tech-telstar-18-launch.txt",
                        "https://www.orlandosentinel.com/space/os-spacex-telstar18-launch-aug8-story.html",
                        "https://www.orlandosentinel.com/2018/09/10/after-delays-spacex-launches-satellite-from-cape-canaveral/",
                        "After delays, SpaceX launches satellite from Cape Canaveral", "Orlando Sentinel",
                        "Chabeli Herrera, Alexander Beecroft", LocalDate.of(2018, 9, 10), List.of("Hurricane Florence",
                                "Subscribe for", "lifts off from Launch Complex 40", "Red Huber", "Sign up",
                                "Advertisement", "Related Articles", "Blue Origin", "Trending Nationally",
                                "pizza", "Copyright")));
    }

    private static GuardedFetch.Fetched fetched(String fixture, String from) throws IOException {
        return new GuardedFetch.Fetched(URI.create(from), 200, "text/html", StandardCharsets.UTF_8,
                Files.readAllBytes(LoopbackSite.FIXTURES.resolve(fixture)), null, null);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void theArticlesTextIsEveryParagraphOfTheStoryAndNothingElse(Layout layout) throws IOException {
        String text = ReadArticlePage.read(fetched(layout.fixture(), layout.fetchedFrom())).text();

        List<String> story = Arrays.stream(Files.readString(Path.of("src/test/resources/generate-devset/tuning",
                layout.story())).split("\n\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<String> lines = text.lines().toList();
        for (String paragraph : story) {
            assertTrue(lines.contains(paragraph), "missing: " + paragraph + "\n---\n" + text);
        }
        for (String chrome : layout.notArticle()) {
            assertFalse(text.contains(chrome), "not the article: " + chrome + "\n---\n" + text);
        }
        // Lines beyond the story's paragraphs: at most the sign-off lines a site prints under its stories.
        assertTrue(lines.size() <= story.size() + 2, lines.size() + " lines for " + story.size() + " paragraphs:\n"
                + text);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void theMetadataComesFromOpenGraphAndJsonLd(Layout layout) throws IOException {
        PageArticle article = ReadArticlePage.read(fetched(layout.fixture(), layout.fetchedFrom()));

        assertEquals(layout.url(), article.url());
        assertEquals(layout.title(), article.title());
        assertEquals(layout.outlet(), article.outlet());
        assertEquals(layout.author(), article.author());
        assertEquals(layout.published(), article.published());
    }

    @Test
    void aPageWithoutAnArticleIsRefusedSayingSo() {
        for (String page : new String[]{"", "<html><body></body></html>",
                "<html><body><form><p>Log in to keep reading.</p><input type=password></form></body></html>",
                "<html><body><ul><li><a href=/a>One story</a></li><li><a href=/b>Another story</a></li></ul>"
                        + "</body></html>"}) {
            GuardedFetch.Fetched fetched = new GuardedFetch.Fetched(URI.create("https://news.example/x"), 200,
                    "text/html", StandardCharsets.UTF_8, page.getBytes(StandardCharsets.UTF_8), null, null);
            LinkRefusedException e = assertThrows(LinkRefusedException.class, () -> ReadArticlePage.read(fetched));
            assertTrue(e.getMessage().contains("holds no article text"), e.getMessage());
        }
    }

    @Test
    void aPageThatNamesNoOutletIsTheSitesHost() throws IOException {
        String page = "<html><head><title>Storm</title></head><body><article>" + "<p>" + "word ".repeat(80)
                + "</p></article></body></html>";
        PageArticle article = ReadArticlePage.read(new GuardedFetch.Fetched(URI.create("https://www.local.example/s"),
                200, "text/html", null, page.getBytes(StandardCharsets.UTF_8), null, null));
        assertEquals("local.example", article.outlet());
        assertEquals("Storm", article.title());
        assertEquals(null, article.published());
    }
}
