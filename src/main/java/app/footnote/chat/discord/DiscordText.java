package app.footnote.chat.discord;

import java.util.regex.Pattern;

import app.footnote.chat.ChatTexts;

/** Discord's size limits, and text made safe to show: Markdown escaped, mentions defused, lengths kept. */
public final class DiscordText {

    public static final int MESSAGE_CONTENT = 2_000;
    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4_096;
    public static final int EMBED_FIELDS = 25;
    static final int EMBED_FIELD_NAME = 256;
    public static final int EMBED_FIELD_VALUE = 1_024;
    static final int EMBED_FOOTER = 2_048;
    public static final int EMBED_TOTAL = 6_000;
    public static final int BUTTON_LABEL = 80;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int CUSTOM_ID = 100;
    static final int COMMAND_DESCRIPTION = 100;
    static final int OPTION_DESCRIPTION = 100;
    public static final int CHOICE_NAME = 100;
    public static final int AUTOCOMPLETE_CHOICES = 25;

    public static final String ELLIPSIS = "…";
    /** The game's sentences, with what players and the bank wrote escaped. */
    public static final ChatTexts TEXTS = new ChatTexts(DiscordText::escape);
    private static final Pattern MARKDOWN = Pattern.compile("([\\\\*_~`|>#\\-\\[\\]()<])");
    /** A zero-width space after "@" keeps "@everyone" and "@here" from reading as mentions. */
    private static final Pattern AT = Pattern.compile("@(?=\\S)");

    private DiscordText() {
    }

    /** Text from players, moderators or the bank, to be shown literally wherever Discord renders Markdown. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return AT.matcher(MARKDOWN.matcher(text).replaceAll("\\\\$1")).replaceAll("@\u200B");
    }

    /** At most {@code max} characters (UTF-16 units, as Discord counts), ending in "…" when cut. */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String cut = text.substring(0, end);
        // Never leave half of an escape ("\" without what it escaped) at the end.
        int backslashes = 0;
        while (backslashes < cut.length() && cut.charAt(cut.length() - 1 - backslashes) == '\\') {
            backslashes++;
        }
        if (backslashes % 2 == 1) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + ELLIPSIS;
    }
}
