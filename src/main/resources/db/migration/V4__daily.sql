-- One daily question a server: where, when (a local time in the server's own time zone) and for how long.
create table daily_schedule (
    guild_id   varchar(64)  not null primary key,
    channel_id varchar(64)  not null,
    post_time  varchar(5)   not null,
    time_zone  varchar(64)  not null,
    category   varchar(100),
    -- Hours answers stay open; null: until one hour before the next post.
    open_hours integer,
    updated_by varchar(64)  not null,
    updated_at timestamp    not null
);

-- The primary key is the "exactly once per server per local date" guarantee, across restarts and processes.
create table daily_post (
    guild_id   varchar(64) not null,
    local_date date        not null,
    round_id   bigint      not null,
    posted_at  timestamp   not null,
    constraint pk_daily_post primary key (guild_id, local_date),
    constraint fk_daily_post_round foreign key (round_id) references round (id)
);
create unique index ix_daily_post_round on daily_post (round_id);

-- Consecutive daily questions answered right; last_date is the daily question last answered right.
create table daily_streak (
    guild_id       varchar(64)  not null,
    user_id        varchar(64)  not null,
    display_name   varchar(100) not null,
    current_streak integer      not null,
    best_streak    integer      not null,
    last_date      date         not null,
    constraint pk_daily_streak primary key (guild_id, user_id)
);
