-- RSS and Atom feeds a server follows, and the items read from them. Portable SQL: H2 and PostgreSQL.

create sequence news_feed_seq start with 1 increment by 50;

-- A feed of a server: where it is, what its questions become (a category, and whether they go straight into play),
-- where moderators are told of them, and how its polling stands. next_poll_at is also the claim: a process polls a
-- feed only after moving it on, in one conditional update, so two processes never poll one feed in the same tick.
create table news_feed (
    id             bigint        not null primary key,
    guild_id       varchar(32)   not null,
    url            varchar(2000) not null,
    category       varchar(60),
    auto_play      boolean       not null,
    channel_id     varchar(32),
    added_by       varchar(100)  not null,
    added_at       timestamp with time zone not null,
    next_poll_at   timestamp with time zone not null,
    last_polled_at timestamp with time zone,
    etag           varchar(500),
    last_modified  varchar(100),
    failures       integer       not null,
    status         varchar(1000),
    constraint news_feed_guild_url_unique unique (guild_id, url)
);

create index news_feed_due_idx on news_feed (next_poll_at);

create sequence feed_item_seq start with 1 increment by 50;

-- Each item of a feed read once: the key (a digest of its GUID, else of its link) is unique per feed, so neither a
-- second poll, a restart nor a second process reads an item twice. Removing a feed removes its items, also one a poll
-- records in the same moment.
create table feed_item (
    id          bigint        not null primary key,
    feed_id     bigint        not null,
    item_key    varchar(64)   not null,
    link        varchar(2000),
    article_id  varchar(100),
    outcome     varchar(1000) not null,
    read_at     timestamp with time zone not null,
    -- How many times its article was tried; retry: the site was unavailable (a 5xx, a timeout), so a later poll tries
    -- again, up to a few times.
    attempts    integer       not null,
    retry       boolean       not null,
    constraint feed_item_key_unique unique (feed_id, item_key),
    constraint feed_item_feed_fk foreign key (feed_id) references news_feed (id) on delete cascade
);

-- A daily question may prefer this week's news: a question citing an article of the last seven days when there is one.
alter table daily_schedule add column prefer_news boolean default false not null;
