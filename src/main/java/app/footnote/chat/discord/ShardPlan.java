package app.footnote.chat.discord;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * How many shards the bot has and which of them this process runs. Discord puts each server on one shard, {@code
 * (server id >> 22) % count}; a process that runs a shard answers that shard's servers and nobody else does.
 *
 * @param shards this process's shards, ascending
 */
record ShardPlan(int count, List<Integer> shards) {

    static final String COUNT_VARIABLE = "FOOTNOTE_DISCORD_SHARD_COUNT";
    static final String SHARDS_VARIABLE = "FOOTNOTE_DISCORD_SHARDS";

    /**
     * @param shards as {@code FOOTNOTE_DISCORD_SHARDS} gives them: numbers and ranges, such as {@code 0,1} or
     *        {@code 2-3}; empty for all of them
     * @throws InvalidShardsException naming the variable at fault and what is wrong
     */
    static ShardPlan of(int count, Optional<String> shards) {
        if (count < 1) {
            throw new InvalidShardsException(COUNT_VARIABLE + "=" + count + ": a bot has at least one shard");
        }
        if (shards.isEmpty() || shards.get().isBlank()) {
            return new ShardPlan(count, IntStream.range(0, count).boxed().toList());
        }
        String text = shards.get();
        TreeSet<Integer> listed = new TreeSet<>();
        for (String part : text.split(",", -1)) {
            String[] ends = part.strip().split("-", -1);
            if (ends.length > 2) {
                throw invalid(text, "'" + part.strip() + "' is not a shard or a range of shards such as 2-3");
            }
            int from = number(text, ends[0]);
            int to = ends.length == 2 ? number(text, ends[1]) : from;
            if (to < from) {
                throw invalid(text, "the range " + part.strip() + " runs backwards");
            }
            for (int shard = from; shard <= to; shard++) {
                if (shard >= count) {
                    throw invalid(text, "shard " + shard + " is outside the bot's " + count + " shard"
                            + (count == 1 ? " (0)" : "s, 0 to " + (count - 1)) + "; " + COUNT_VARIABLE + " sets how"
                            + " many there are");
                }
                if (!listed.add(shard)) {
                    throw invalid(text, "shard " + shard + " is listed twice; a process runs each of its shards"
                            + " once");
                }
            }
        }
        return new ShardPlan(count, List.copyOf(listed));
    }

    /** Discord's own rule: the server id's timestamp part, modulo the number of shards. */
    static int shardOf(long guildId, int count) {
        return (int) ((guildId >>> 22) % count);
    }

    /** Shard 0's process alone registers the commands, so that several processes never race to. */
    boolean registersCommands() {
        return shards.contains(0);
    }

    private static int number(String text, String part) {
        try {
            int shard = Integer.parseInt(part.strip());
            if (shard >= 0) {
                return shard;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the whole setting.
        }
        throw invalid(text, "'" + part.strip() + "' is not a shard number (0, 1, 2…)");
    }

    private static InvalidShardsException invalid(String text, String what) {
        return new InvalidShardsException(SHARDS_VARIABLE + "='" + text + "': " + what);
    }
}
