package app.footnote.bank;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The ids of the articles a server brings: an upload's from its text, a page's from its address. */
public final class ArticleIds {

    private static final int MAX_HOST_IN_ID = 40;

    private ArticleIds() {
    }

    /** The same text uploaded twice, or to two servers, is one article. */
    public static String uploadIdOf(String text) {
        return Article.UPLOAD_PREFIX + digest(text, 8);
    }

    /**
     * An article's id from its canonical address: the same story linked twice, or through another address that
     * redirects to it, is one article. The site's name makes the id readable; the digest makes it unique.
     */
    public static String linkIdOf(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")
                .replaceAll("[^a-z0-9]+", "-");
        if (host.length() > MAX_HOST_IN_ID) {
            host = host.substring(0, MAX_HOST_IN_ID);
        }
        return Article.LINK_PREFIX + host + "-" + digest(canonicalUrl, 6);
    }

    /** The first {@code bytes} bytes of the text's SHA-256, in hex. */
    public static String digest(String text, int bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
