package app.footnote.api;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition: attachment} header whose file name cannot break the header (RFC 6266): a plain ASCII
 * {@code filename} for old clients, with anything else replaced, and the exact name as {@code filename*} (RFC 8187).
 */
final class ContentDisposition {

    /** RFC 8187's attr-char: what {@code filename*} may carry without percent-encoding. */
    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        StringBuilder fallback = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        fileName.codePoints().forEach(c -> fallback.append(isAttrChar(c) ? (char) c : '_'));
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    private static boolean isAttrChar(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR.indexOf(c) >= 0);
    }
}
