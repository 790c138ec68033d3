package app.footnote.chat.discord;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.javacord.api.entity.message.embed.EmbedBuilder;

/**
 * An embed's text, laid out within Discord's limits when built: each part is shortened to its own limit and the whole
 * to 6,000 characters, giving the title and description first claim and dropping fields that no longer fit.
 * Text given here is used as is: escape what came from people before.
 */
public final class DiscordEmbed {

    static final Color FOOTNOTE_BLUE = new Color(0x3B82F6);
    public static final Color RIGHT_GREEN = new Color(0x22C55E);
    public static final Color TROUBLE_RED = new Color(0xEF4444);

    private record Field(String name, String value, boolean inline) {
    }

    private final String title;
    private String description;
    private String footer;
    private Color color = FOOTNOTE_BLUE;
    private final List<Field> fields = new ArrayList<>();

    public DiscordEmbed(String title) {
        this.title = title;
    }

    public DiscordEmbed description(String description) {
        this.description = description;
        return this;
    }

    public DiscordEmbed field(String name, String value, boolean inline) {
        fields.add(new Field(name, value, inline));
        return this;
    }

    public DiscordEmbed footer(String footer) {
        this.footer = footer;
        return this;
    }

    public DiscordEmbed color(Color color) {
        this.color = color;
        return this;
    }

    EmbedBuilder build() {
        EmbedBuilder embed = new EmbedBuilder().setColor(color);
        int budget = DiscordText.EMBED_TOTAL;
        String shownTitle = DiscordText.shorten(title, DiscordText.EMBED_TITLE);
        embed.setTitle(shownTitle);
        budget -= shownTitle.length();
        String shownFooter = footer == null ? "" : DiscordText.shorten(footer, DiscordText.EMBED_FOOTER);
        budget -= shownFooter.length();
        if (description != null && !description.isEmpty()) {
            String shown = DiscordText.shorten(description, Math.min(DiscordText.EMBED_DESCRIPTION, budget));
            embed.setDescription(shown);
            budget -= shown.length();
        }
        int added = 0;
        for (Field field : fields) {
            String name = DiscordText.shorten(field.name(), DiscordText.EMBED_FIELD_NAME);
            int room = Math.min(DiscordText.EMBED_FIELD_VALUE, budget - name.length());
            // A field needs a little room to say anything; below that it is left out.
            if (added == DiscordText.EMBED_FIELDS || room < 20) {
                break;
            }
            String value = DiscordText.shorten(field.value().isBlank() ? "—" : field.value(), room);
            embed.addField(name, value, field.inline());
            budget -= name.length() + value.length();
            added++;
        }
        if (!shownFooter.isEmpty()) {
            embed.setFooter(shownFooter);
        }
        return embed;
    }
}
