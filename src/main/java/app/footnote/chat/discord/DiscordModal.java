package app.footnote.chat.discord;

import java.util.List;

import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.HighLevelComponent;
import org.javacord.api.entity.message.component.TextInputBuilder;
import org.javacord.api.entity.message.component.TextInputStyle;

/**
 * A form Discord shows over the chat. It can only be the first answer to an interaction, so whoever opens one decides
 * before deferring; its custom id carries what the submission needs to know.
 */
public record DiscordModal(String customId, String title, List<HighLevelComponent> rows) {

    static final int TITLE = 45;
    public static final int INPUT_VALUE = 4_000;

    /** One text field: {@code value} prefills it ({@code null} for empty). */
    public static HighLevelComponent input(String id, String label, boolean paragraph, int maxLength, boolean required,
            String placeholder, String value) {
        TextInputBuilder input = new TextInputBuilder(paragraph ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT, id,
                label).setMaximumLength(maxLength).setRequired(required);
        if (placeholder != null) {
            input.setPlaceholder(placeholder);
        }
        if (value != null && !value.isEmpty()) {
            input.setValue(DiscordText.shorten(value, maxLength));
        }
        return ActionRow.of(input.build());
    }
}
