package app.footnote.game;

import app.footnote.bank.Difficulty;

/**
 * What a player asks for when starting play in a channel: one round, or a game of several. Every adapter and every
 * other starter builds one and hands it to {@link StartRound#start}; a choice added later (how answers are given) is
 * one more component with its own wither, leaving every caller as it is.
 *
 * @param origin the adapter the round is played in, which reveals it
 * @param playerId who asked: they may stop the game, as a moderator may; {@code null} only for a single round
 * @param playerName how the starter is shown, or {@code null} with {@code playerId}
 * @param category only questions of this category, or {@code null} for any
 * @param difficulty only questions of this difficulty, or {@code null} for any
 * @param news only questions citing an article published in this window, or {@code null} for any; a game keeps it
 *        for each of its rounds
 * @param questions 1 for a round on its own, up to {@link GameConfig#MAX_GAME_QUESTIONS} for a game
 * @param mode how every round is answered: by buttons, or typed
 */
public record StartRequest(Origin origin, String guildId, String channelId, String playerId, String playerName,
        String category, Difficulty difficulty, NewsWindow news, int questions, AnswerMode mode) {

    /**
     * @throws IllegalArgumentException for a number of questions that is not allowed: the adapters refuse it first,
     *         naming the option
     */
    public StartRequest {
        if (!allowed(questions)) {
            throw new IllegalArgumentException("questions out of range: " + questions);
        }
    }

    /** A round of any question in {@code channelId}, started by no one in particular. */
    public static StartRequest in(Origin origin, String guildId, String channelId) {
        return new StartRequest(origin, guildId, channelId, null, null, null, null, null,
                GameConfig.MIN_GAME_QUESTIONS, AnswerMode.BUTTONS);
    }

    /** Whether a start may ask this many questions; the adapters word the refusal (CommandOptions.questions). */
    public static boolean allowed(long questions) {
        return questions >= GameConfig.MIN_GAME_QUESTIONS && questions <= GameConfig.MAX_GAME_QUESTIONS;
    }

    public StartRequest by(String id, String name) {
        return new StartRequest(origin, guildId, channelId, id, name, category, difficulty, news, questions, mode);
    }

    public StartRequest category(String only) {
        return new StartRequest(origin, guildId, channelId, playerId, playerName, only, difficulty, news, questions,
                mode);
    }

    public StartRequest difficulty(Difficulty only) {
        return new StartRequest(origin, guildId, channelId, playerId, playerName, category, only, news, questions,
                mode);
    }

    public StartRequest news(NewsWindow only) {
        return new StartRequest(origin, guildId, channelId, playerId, playerName, category, difficulty, only,
                questions, mode);
    }

    public StartRequest questions(int count) {
        return new StartRequest(origin, guildId, channelId, playerId, playerName, category, difficulty, news, count,
                mode);
    }

    public StartRequest mode(AnswerMode answeredBy) {
        return new StartRequest(origin, guildId, channelId, playerId, playerName, category, difficulty, news,
                questions, answeredBy);
    }

    /** Whether this starts a game of several rounds rather than one round. */
    public boolean game() {
        return questions > 1;
    }
}
