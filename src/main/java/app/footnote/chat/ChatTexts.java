package app.footnote.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import app.footnote.game.AnswerMode;
import app.footnote.game.AnswerOutcome;
import app.footnote.game.GameView;
import app.footnote.game.StartOutcome;
import app.footnote.game.StopOutcome;
import app.footnote.moderation.ReportOutcome;

/**
 * Every sentence the game's outcomes are told with, in English, for all adapters: the services say what happened,
 * this words it. Text that came from players or the bank goes through the adapter's {@code literal} function (Discord
 * escapes Markdown, JSON needs nothing), so a translation is another instance of the same sentences.
 */
public final class ChatTexts {

    /** For adapters that show text as it is. */
    public static final ChatTexts PLAIN = new ChatTexts(UnaryOperator.identity());

    private final UnaryOperator<String> literal;

    public ChatTexts(UnaryOperator<String> literal) {
        this.literal = literal;
    }

    /** What a refused value must be instead, e.g. "must be easy, medium or hard, not 'brutal'". */
    public String mustBe(OptionValue.Refusal refused) {
        return "must be " + oneOf(refused.allowed()) + ", not '" + literal.apply(refused.typed()) + "'";
    }

    /** The whole sentence, naming the option, e.g. "difficulty must be easy, medium or hard, not 'brutal'." */
    public String refused(OptionValue.Refusal refused) {
        return refused.option() + " " + mustBe(refused) + ".";
    }

    /** The sentence the player reads after answering; none says whether the answer was right. */
    public String answer(AnswerOutcome outcome) {
        if (outcome instanceof AnswerOutcome.LockedIn locked) {
            return "Locked in: " + locked.label() + ". The answer is revealed when the round closes.";
        } else if (outcome instanceof AnswerOutcome.AlreadyAnswered already) {
            return "You already answered " + already.label() + " in this round; your first answer stands.";
        } else if (outcome instanceof AnswerOutcome.TypedLockedIn locked) {
            return "Locked in: " + literal.apply(locked.typed()) + ". The answer is revealed when the round closes.";
        } else if (outcome instanceof AnswerOutcome.AlreadyTyped already) {
            return "You answered already: " + literal.apply(already.typed()) + ". Your first answer stands.";
        } else if (outcome instanceof AnswerOutcome.BlankAnswer) {
            return "Your answer is empty: type the answer. Nothing was recorded.";
        } else if (outcome instanceof AnswerOutcome.AnswerTooLong tooLong) {
            return "Your answer must be at most " + tooLong.max() + " characters, not " + tooLong.length()
                    + ". Nothing was recorded.";
        } else if (outcome instanceof AnswerOutcome.WrongMode wrong) {
            return wrong.mode() == AnswerMode.TYPED
                    ? "This round is answered by typing the answer, not with a choice. Nothing was recorded."
                    : "This round is answered with one of its choices, not by typing. Nothing was recorded.";
        } else if (outcome instanceof AnswerOutcome.Closed) {
            return "This round is closed; answers are no longer taken.";
        } else if (outcome instanceof AnswerOutcome.NoSuchChoice choice) {
            return "There is no choice '" + literal.apply(choice.given()) + "'; choose one of "
                    + String.join(", ", choice.labels()) + ".";
        }
        return "There is no such round.";
    }

    /** Why no round started: which filters matched nothing, and the categories there are. */
    public String nothingMatches(StartOutcome.NothingMatches nothing) {
        List<String> filters = new ArrayList<>();
        if (nothing.category() != null) {
            filters.add("category '" + literal.apply(nothing.category()) + "'");
        }
        if (nothing.difficulty() != null) {
            filters.add("difficulty '" + nothing.difficulty().label() + "'");
        }
        if (nothing.news() != null) {
            filters.add(switch (nothing.news()) {
                case TODAY -> "today's news";
                case WEEK -> "this week's news (the last 7 days)";
                case MONTH -> "this month's news (the last 30 days)";
            });
        }
        String what = filters.isEmpty() ? "The question bank is empty." : "No question matches "
                + String.join(" and ", filters) + ".";
        return nothing.categories().isEmpty() ? what : what + " Categories: "
                + literal.apply(String.join(", ", nothing.categories())) + ".";
    }

    /** What the player reads after reporting a question; nothing but a recorded report changed anything. */
    public String report(ReportOutcome outcome) {
        if (outcome instanceof ReportOutcome.Recorded recorded) {
            return "Thank you: your report of this question reached the moderators."
                    + (recorded.paused() ? " It is out of play here until they decide." : "");
        } else if (outcome instanceof ReportOutcome.AlreadyReported) {
            return "You already reported this question; your first report stands.";
        } else if (outcome instanceof ReportOutcome.QuestionRetired) {
            return "This question was retired since this round: it is no longer asked, and there is nothing to"
                    + " report. Nothing was changed.";
        } else if (outcome instanceof ReportOutcome.EditedSince) {
            return "This question was edited since this round: it no longer says what you were asked. Report it from"
                    + " a round that asks it as it is now. Nothing was reported.";
        } else if (outcome instanceof ReportOutcome.AlreadyDecided) {
            return "Your report from this round was already decided by the moderators. Nothing was reported.";
        } else if (outcome instanceof ReportOutcome.NotYetRevealed) {
            return "A question can be reported once its round is revealed.";
        } else if (outcome instanceof ReportOutcome.InvalidReason invalid) {
            return "The reason must be " + oneOf(invalid.allowed()) + ", not '" + literal.apply(invalid.given())
                    + "'. Nothing was reported.";
        } else if (outcome instanceof ReportOutcome.NoteTooLong tooLong) {
            return "The note must be at most " + tooLong.max() + " characters, not " + tooLong.length()
                    + ". Nothing was reported.";
        }
        return "There is no such round.";
    }

    /** Why a game has fewer questions than asked for, e.g. "Only 3 questions match, so this game has 3, not 5." */
    public String fewerQuestions(StartOutcome.Started started) {
        int has = started.round().game().questions();
        return "Only " + has + (has == 1 ? " question matches" : " questions match") + ", so this game has " + has
                + ", not " + started.asked() + ".";
    }

    /**
     * Why no round starts in a channel with a game: {@code subject} is "A game", or the adapter's link to it.
     */
    public String gameRunning(String subject, GameView game) {
        return subject + " is running in this channel (question " + game.played() + " of " + game.questions()
                + ", started by " + literal.apply(game.startedByName()) + "). Play along, or wait for its final"
                + " standings.";
    }

    /** What the channel is told when {@code stopping} was asked for. */
    public String stopping(StopOutcome.Stopping stopping) {
        return literal.apply(stopping.stoppedBy()) + " stopped the game: " + endsAfter(stopping.game());
    }

    /** What a player asking to stop a game already stopping is told. */
    public String alreadyStopping(StopOutcome.AlreadyStopping already) {
        return literal.apply(already.stoppedBy()) + " already stopped the game: " + endsAfter(already.game());
    }

    /**
     * Who may stop the game instead.
     *
     * @param moderators who else may, as the adapter names them, or {@code null} where no one else may
     */
    public String stopRefused(StopOutcome.NotAllowed refused, String moderators) {
        return "Only " + literal.apply(refused.game().startedByName()) + ", who started this game,"
                + (moderators == null ? "" : " or " + moderators) + " can stop it. Nothing was changed.";
    }

    /** @param howToStart how a game is started where the player is, or {@code null} */
    public String noGame(String howToStart) {
        return "No game is running in this channel" + (howToStart == null ? "." : "; " + howToStart
                + " starts one.");
    }

    /** Under every ranking, the leaderboards' and a game's alike (the one rule of {@code score.Ranking}). */
    public String tieRule() {
        return "Ties go to whoever reached the score first.";
    }

    /**
     * Under a game's standings: how many questions it played, who stopped it early, and the tie rule, e.g. "2 of 5
     * questions; stopped by Ada. Ties go to whoever reached the score first."
     */
    public String standingsNote(GameView game) {
        boolean early = game.played() < game.questions();
        return game.played() + (early ? " of " + game.questions() : "") + " questions"
                + (game.stopping() && early ? "; stopped by " + literal.apply(game.stoppedBy()) + "." : ".") + " "
                + tieRule();
    }

    private static String endsAfter(GameView game) {
        return "it ends after question " + game.played() + " of " + game.questions() + ", with the final standings.";
    }

    /** Under a typed round's answer, headed "Also accepted": the other answers it took, e.g. "Chabon, Mr Chabon". */
    public String accepted(List<String> accepted) {
        return literal.apply(String.join(", ", accepted));
    }

    /** Said of a footnote that cites a web page, which the bot cannot read. */
    public String uncheckedWebPage() {
        return "web page; the quote was not checked against it";
    }

    private static String oneOf(List<String> values) {
        int last = values.size() - 1;
        return last == 0 ? values.get(0) : String.join(", ", values.subList(0, last)) + " or " + values.get(last);
    }
}
