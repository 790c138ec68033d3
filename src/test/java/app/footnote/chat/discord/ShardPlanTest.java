package app.footnote.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** FOOTNOTE_DISCORD_SHARD_COUNT and FOOTNOTE_DISCORD_SHARDS as an owner writes them, and Discord's shard of a server. */
class ShardPlanTest {

    private static String refusal(int count, String shards) {
        return assertThrows(InvalidShardsException.class, () -> ShardPlan.of(count, Optional.of(shards)))
                .getMessage();
    }

    @Test
    void numbersAndRangesNameTheShardsOfThisProcess() {
        assertEquals(List.of(0, 1, 2, 3), ShardPlan.of(4, Optional.empty()).shards());
        assertEquals(List.of(0, 1), ShardPlan.of(4, Optional.of("0,1")).shards());
        assertEquals(List.of(2, 3), ShardPlan.of(4, Optional.of(" 2-3 ")).shards());
        assertEquals(List.of(0, 5, 6, 7), ShardPlan.of(8, Optional.of("7,5-6,0")).shards());
    }

    @Test
    void onlyTheProcessWithShardZeroRegistersTheCommands() {
        assertTrue(ShardPlan.of(1, Optional.empty()).registersCommands());
        assertTrue(ShardPlan.of(4, Optional.of("0-1")).registersCommands());
        assertFalse(ShardPlan.of(4, Optional.of("2-3")).registersCommands());
    }

    @Test
    void aServerIsOnTheShardDiscordPutsItOn() {
        // Discord's documented example: (197038439483310086 >> 22) % 1000 = 770.
        assertEquals(770, ShardPlan.shardOf(197_038_439_483_310_086L, 1000));
        assertEquals(0, ShardPlan.shardOf(197_038_439_483_310_086L, 1));
        assertEquals(1, ShardPlan.shardOf(Long.parseUnsignedLong("18446744073709551615"), 2),
                "the largest id, unsigned");
    }

    @Test
    void settingsThatCannotRunAreRefusedNamingTheVariableAndTheFault() {
        assertEquals("FOOTNOTE_DISCORD_SHARD_COUNT=0: a bot has at least one shard",
                assertThrows(InvalidShardsException.class, () -> ShardPlan.of(0, Optional.empty())).getMessage());
        assertEquals("FOOTNOTE_DISCORD_SHARDS='0-2': shard 2 is outside the bot's 2 shards, 0 to 1;"
                + " FOOTNOTE_DISCORD_SHARD_COUNT sets how many there are", refusal(2, "0-2"));
        assertEquals("FOOTNOTE_DISCORD_SHARDS='1': shard 1 is outside the bot's 1 shard (0);"
                + " FOOTNOTE_DISCORD_SHARD_COUNT sets how many there are", refusal(1, "1"));
        assertEquals("FOOTNOTE_DISCORD_SHARDS='0-2,2-3': shard 2 is listed twice; a process runs each of its shards"
                + " once", refusal(4, "0-2,2-3"));
        assertEquals("FOOTNOTE_DISCORD_SHARDS='3-1': the range 3-1 runs backwards", refusal(4, "3-1"));
        assertEquals("FOOTNOTE_DISCORD_SHARDS='0,,1': '' is not a shard number (0, 1, 2…)", refusal(4, "0,,1"));
        assertEquals("FOOTNOTE_DISCORD_SHARDS='one': 'one' is not a shard number (0, 1, 2…)", refusal(4, "one"));
        assertEquals("FOOTNOTE_DISCORD_SHARDS='1-2-3': '1-2-3' is not a shard or a range of shards such as 2-3",
                refusal(4, "1-2-3"));
        assertEquals("FOOTNOTE_DISCORD_SHARDS='99999999999': '99999999999' is not a shard number (0, 1, 2…)",
                refusal(4, "99999999999"));
    }
}
