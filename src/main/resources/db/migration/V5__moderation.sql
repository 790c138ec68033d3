-- Servers' own questions, shared questions switched off per server, who changed what, and drafts awaiting
-- confirmation or review. Portable SQL: runs on H2 and PostgreSQL.

-- The article's text, so that any process can check a quote against it without the bank directory.
alter table article add column body varchar(200000);

-- 'shared' for the bank every server plays, else the Discord server that owns the question. A column that is never
-- null keeps the id unique per owner on both databases (a null would make every shared row distinct).
alter table question add column scope varchar(32) default 'shared' not null;
alter table question add column created_by varchar(100);
alter table question add column updated_by varchar(100);
alter table question drop constraint question_slug_unique;
alter table question add constraint question_scope_slug_unique unique (scope, slug);
create index question_scope_idx on question (scope);

-- A source is an article of the bank, or a web page whose quote cannot be checked.
alter table question_source alter column article_id drop not null;
alter table question_source add column url varchar(500);

create table question_switched_off (
    guild_id    varchar(32)  not null,
    question_id bigint       not null,
    changed_by  varchar(100) not null,
    changed_at  timestamp with time zone not null,
    constraint question_switched_off_pk primary key (guild_id, question_id),
    constraint question_switched_off_question_fk foreign key (question_id) references question (id)
);

create sequence question_change_seq start with 1 increment by 50;

-- Every change a server makes to a question: added, edited, retired, restored, switched off or on, imported.
create table question_change (
    id          bigint       not null primary key,
    guild_id    varchar(32)  not null,
    question_id bigint       not null,
    action      varchar(20)  not null,
    actor       varchar(100) not null,
    changed_at  timestamp with time zone not null,
    constraint question_change_question_fk foreign key (question_id) references question (id)
);

create index question_change_question_idx on question_change (question_id, changed_at);

create sequence question_draft_seq start with 1 increment by 50;

-- A question not yet in the bank: a moderator's add or edit awaiting confirmation, or a member's suggestion awaiting
-- review. The question itself is kept as one question in the bank's YAML format.
create table question_draft (
    id           bigint        not null primary key,
    guild_id     varchar(32)   not null,
    kind         varchar(12)   not null,
    status       varchar(12)   not null,
    question_id  bigint,
    author_id    varchar(32)   not null,
    author_name  varchar(100)  not null,
    channel_id   varchar(32),
    yaml         varchar(20000) not null,
    created_at   timestamp with time zone not null,
    reviewed_by  varchar(100),
    reviewed_at  timestamp with time zone,
    constraint question_draft_question_fk foreign key (question_id) references question (id)
);

create index question_draft_queue_idx on question_draft (guild_id, status, created_at);
create index question_draft_author_idx on question_draft (guild_id, author_id, created_at);
