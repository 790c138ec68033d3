-- Rounds, answers, the questions each server has had, and running score totals. Portable SQL (H2 and PostgreSQL).

create table server_settings (
    guild_id      varchar(64) not null primary key,
    round_seconds integer     not null
);

create sequence round_seq start with 1 increment by 50;

create table round (
    id           bigint      not null primary key,
    guild_id     varchar(64) not null,
    channel_id   varchar(64) not null,
    -- guild and channel while the round is open, NULL once revealed: one open round per channel is this constraint.
    open_key     varchar(140),
    question_id  bigint      not null,
    choice_order varchar(40) not null,  -- shown order, as indexes into [answer, wrong...], e.g. "2,0,3,1"
    started_at   timestamp with time zone not null,
    closes_at    timestamp with time zone not null,
    revealed_at  timestamp with time zone,
    constraint round_open_key_unique unique (open_key),
    constraint round_question_fk foreign key (question_id) references question (id)
);

create index round_due_idx on round (revealed_at, closes_at);

create sequence answer_seq start with 1 increment by 50;

create table answer (
    id           bigint       not null primary key,
    round_id     bigint       not null,
    user_id      varchar(64)  not null,
    display_name varchar(100) not null,
    choice_index integer      not null,  -- position in the shown order: 0 is A
    correct      boolean      not null,
    points       integer      not null,
    answered_at  timestamp with time zone not null,
    constraint answer_once_per_round unique (round_id, user_id),
    constraint answer_round_fk foreign key (round_id) references round (id)
);

-- Questions a server has had in the current cycle; cleared for a filter once every matching question was asked.
create table asked_question (
    guild_id    varchar(64) not null,
    question_id bigint      not null,
    asked_at    timestamp with time zone not null,
    constraint asked_question_pk primary key (guild_id, question_id),
    constraint asked_question_fk foreign key (question_id) references question (id)
);

-- Running totals, updated as answers land. scope is a guild id or '*' (global); period is 'all', 'week:<Monday>'
-- or 'month:<yyyy-MM>'. reached_at is when the player reached their current points: the leaderboard's tie-breaker.
create table score_total (
    scope          varchar(64)  not null,
    period         varchar(20)  not null,
    user_id        varchar(64)  not null,
    display_name   varchar(100) not null,
    points         bigint       not null,
    answers        integer      not null,
    correct        integer      not null,
    current_streak integer      not null,
    best_streak    integer      not null,
    reached_at     timestamp with time zone not null,
    constraint score_total_pk primary key (user_id, scope, period)  -- an answer updates one player's six rows
);

create index score_total_rank_idx on score_total (scope, period, points desc, reached_at, user_id);
