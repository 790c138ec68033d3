package app.footnote.chat.discord;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The custom id of a button or a form, the one thing Discord sends back when it is used: the kind of component (which
 * handler owns it) and what that handler needs, joined by colons, e.g. {@code answer:42:B}. Ids of messages already
 * posted must keep working after an update, so the shape only ever grows.
 */
public record ComponentId(String kind, List<String> parts) {

    private static final String SEPARATOR = ":";
    /** A row's id as the bot writes it: a positive long, at most 18 digits so that it always parses. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    public ComponentId {
        parts = List.copyOf(parts);
    }

    public static ComponentId of(String kind, Object... parts) {
        return new ComponentId(kind, Arrays.stream(parts).map(String::valueOf).toList());
    }

    /**
     * The id as Discord gets it. Discord takes at most 100 characters; what goes in here is bounded by the callers
     * (numbers, labels, and categories the bank's rules keep short).
     */
    public String text() {
        String text = Stream.concat(Stream.of(kind), parts.stream()).collect(Collectors.joining(SEPARATOR));
        if (text.length() > DiscordText.CUSTOM_ID) {
            throw new IllegalStateException("component id over " + DiscordText.CUSTOM_ID + " characters: " + text);
        }
        return text;
    }

    /** The id Discord sent back; the kind is what comes before the first colon. */
    static ComponentId parse(String text) {
        String[] words = text.split(SEPARATOR, -1);
        return new ComponentId(words[0], List.of(words).subList(1, words.length));
    }

    /** The part at {@code index}, when there is one. */
    public Optional<String> part(int index) {
        return index < parts.size() ? Optional.of(parts.get(index)) : Optional.empty();
    }

    /** The part at {@code index} as the id of a row (a round's, say), when it is one. */
    public OptionalLong number(int index) {
        return part(index).filter(part -> NUMBER.matcher(part).matches()).map(part -> OptionalLong.of(Long.parseLong(
                part))).orElse(OptionalLong.empty());
    }
}
