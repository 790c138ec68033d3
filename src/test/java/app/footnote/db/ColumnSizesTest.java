package app.footnote.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import app.footnote.api.GuildIds;
import app.footnote.bank.BankValidator;
import app.footnote.bank.generate.GenerateQuestions;
import app.footnote.chat.local.LocalPlay;
import app.footnote.daily.DailySchedule;
import app.footnote.game.JudgeAnswer;
import app.footnote.game.Round;
import app.footnote.moderation.Actor;
import app.footnote.moderation.GeneratedDrafts;
import app.footnote.moderation.QuestionDraft;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each limit the validation applies is the size of the column it guards, read from the migrated database, so that a
 * value that passes the one always fits the other (no "value too long" from the database, no 500).
 */
@QuarkusTest
class ColumnSizesTest {

    @Inject
    EntityManager em;

    private int size(String table, String column) {
        Number size = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select character_maximum_length from information_schema.columns"
                        + " where table_schema = current_schema and lower(table_name) = ?1"
                        + " and lower(column_name) = ?2")
                .setParameter(1, table).setParameter(2, column).getSingleResult());
        return size.intValue();
    }

    @Test
    void theBanksLimitsAreItsColumnsSizes() {
        assertEquals(BankValidator.MAX_ID_LENGTH, size("question", "slug"));
        assertEquals(BankValidator.MAX_CATEGORY_LENGTH, size("question", "category"));
        assertEquals(BankValidator.MAX_PROMPT_LENGTH, size("question", "prompt"));
        assertEquals(BankValidator.MAX_CHOICE_LENGTH, size("question", "answer"));
        assertEquals(BankValidator.MAX_CHOICE_LENGTH, size("question_wrong_choice", "choice"));
        assertEquals(BankValidator.MAX_CHOICE_LENGTH, size("question_accepted_answer", "answer"));
        assertEquals(BankValidator.MAX_EXPLANATION_LENGTH, size("question", "explanation"));
        assertEquals(BankValidator.MAX_QUOTE_LENGTH, size("question_source", "quote"));
        assertEquals(BankValidator.MAX_URL_LENGTH, size("question_source", "url"));
        assertEquals(QuestionDraft.MAX_YAML_LENGTH, size("question_draft", "yaml"));
        assertEquals(GenerateQuestions.MAX_ARTICLE_CHARS, size("article", "body"));
        assertTrue(size("article", "title") >= GeneratedDrafts.MAX_TITLE);
        assertTrue(size("article", "outlet") >= GeneratedDrafts.MAX_OUTLET);
        assertTrue(size("question_draft", "author_name") >= GeneratedDrafts.MAX_AUTHOR_NAME);
        int actor = Actor.discordUser("9".repeat(GuildIds.MAX_LENGTH)).id().length();
        for (String[] column : List.of(new String[]{"question", "created_by"},
                new String[]{"question_change", "actor"}, new String[]{"question_draft", "author_id"})) {
            assertTrue(size(column[0], column[1]) >= actor, column[0] + "." + column[1]);
        }
    }

    @Test
    void everyColumnHoldingAServerHoldsTheLongestServerId() {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select table_name, column_name, character_maximum_length from information_schema.columns"
                        + " where table_schema = current_schema"
                        + " and (lower(column_name) = 'guild_id' or lower(column_name) = 'scope')")
                .getResultList());

        assertTrue(columns.size() >= 10, "guild columns: " + columns.size());
        for (Object[] column : columns) {
            assertTrue(((Number) column[2]).intValue() >= GuildIds.MAX_LENGTH, column[0] + "." + column[1]);
        }
        assertTrue(size("round", "open_key") >= GuildIds.MAX_LENGTH + 1 + Round.MAX_CHANNEL_LENGTH);
    }

    @Test
    void thePlayLimitsAreTheirColumnsSizes() {
        assertEquals(Round.MAX_CHANNEL_LENGTH, size("round", "channel_id"));
        assertEquals(JudgeAnswer.MAX_TYPED_LENGTH, size("answer", "typed_answer"));
        assertEquals(BankValidator.MAX_CHOICE_LENGTH, size("round_accepted_answer", "answer"));
        assertEquals(DailySchedule.MAX_CHANNEL_LENGTH, size("daily_schedule", "channel_id"));
        assertEquals(DailySchedule.MAX_UPDATED_BY_LENGTH, size("daily_schedule", "updated_by"));
        assertTrue(size("daily_schedule", "category") >= BankValidator.MAX_CATEGORY_LENGTH);
        int longestZone = ZoneId.getAvailableZoneIds().stream().mapToInt(String::length).max().orElseThrow();
        assertTrue(size("daily_schedule", "time_zone") >= longestZone);
        for (String table : List.of("answer", "score_total")) {
            assertTrue(size(table, "user_id") >= LocalPlay.MAX_NAME_LENGTH, table);
            assertTrue(size(table, "display_name") >= LocalPlay.MAX_NAME_LENGTH, table);
        }
    }
}
