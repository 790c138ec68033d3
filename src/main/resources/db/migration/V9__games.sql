-- Games of several questions: rounds played back to back in one channel, then the final standings. Portable SQL
-- (H2 and PostgreSQL).

create sequence game_seq start with 1 increment by 50;

create table game (
    id              bigint       not null primary key,
    origin          varchar(10)  not null,
    guild_id        varchar(64)  not null,
    channel_id      varchar(64)  not null,
    -- guild and channel while the game runs, NULL once it ended: one running game per channel is this constraint.
    running_key     varchar(140),
    started_by      varchar(64)  not null,
    started_by_name varchar(100) not null,
    category        varchar(60),
    difficulty      varchar(10),
    questions       integer      not null,
    -- rounds started so far; moving it on from the value read is how one process claims the next round.
    played          integer      not null,
    -- when the next round (or, after the last, the final standings) is due; NULL while a round is open
    next_round_at   timestamp with time zone,
    stop_requested  boolean      not null,
    stopped_by_name varchar(100),
    started_at      timestamp with time zone not null,
    ended_at        timestamp with time zone,
    -- when an adapter showed the final standings; NULL after the end until then, so a restart shows them
    standings_shown_at timestamp with time zone,
    constraint game_running_key_unique unique (running_key)
);

create index game_due_idx on game (running_key, next_round_at);

-- A game's rounds, numbered from 1: the same round of a game can never be opened twice.
alter table round add column game_id bigint;
alter table round add column game_round integer;
alter table round add constraint round_game_fk foreign key (game_id) references game (id);
alter table round add constraint round_game_round_unique unique (game_id, game_round);
