-- What a round asked, kept on the round: a question edited since still shows its rounds their own prompt, answer,
-- choices, explanation and quotes (the buttons, Source, the reveal). Then players' reports of questions. Portable SQL: runs on H2 and PostgreSQL.

alter table round add column asked_prompt varchar(300);
alter table round add column asked_answer varchar(80);
alter table round add column asked_explanation varchar(1000);
update round set asked_prompt = (select q.prompt from question q where q.id = round.question_id),
                 asked_answer = (select q.answer from question q where q.id = round.question_id),
                 asked_explanation = (select q.explanation from question q where q.id = round.question_id);
alter table round alter column asked_prompt set not null;
alter table round alter column asked_answer set not null;
alter table round alter column asked_explanation set not null;

-- The wrong choices as the round asked them: choice_order indexes into [asked_answer, these...].
create table round_wrong_choice (
    round_id     bigint      not null,
    choice_index integer     not null,
    choice       varchar(80) not null,
    constraint round_wrong_choice_pk primary key (round_id, choice_index),
    constraint round_wrong_choice_round_fk foreign key (round_id) references round (id)
);

insert into round_wrong_choice (round_id, choice_index, choice)
    select r.id, w.choice_index, w.choice from round r
    join question_wrong_choice w on w.question_id = r.question_id;

create table round_source (
    round_id     bigint        not null,
    source_index integer       not null,
    article_id   varchar(100),
    url          varchar(500),
    quote        varchar(2000) not null,
    constraint round_source_pk primary key (round_id, source_index),
    constraint round_source_round_fk foreign key (round_id) references round (id)
);

insert into round_source (round_id, source_index, article_id, url, quote)
    select r.id, s.source_index, s.article_id, s.url, s.quote from round r
    join question_source s on s.question_id = r.question_id;

create sequence question_report_seq start with 1 increment by 50;

-- A player's report of a question asked in a round: one open report per player per question per server, a database
-- constraint on open_user_id, which the decision sets to null (user_id keeps who reported). Open while decision is
-- null; a question with enough open reports on a server is out of play there until decided.
create table question_report (
    id           bigint        not null primary key,
    guild_id     varchar(32)   not null,
    question_id  bigint        not null,
    round_id     bigint        not null,
    user_id      varchar(64)   not null,
    open_user_id varchar(64),
    display_name varchar(100)  not null,
    reason       varchar(20)   not null,
    note         varchar(1000),
    reported_at  timestamp with time zone not null,
    decision     varchar(12),
    decided_by   varchar(100),
    decided_at   timestamp with time zone,
    constraint question_report_once unique (guild_id, question_id, open_user_id),
    constraint question_report_question_fk foreign key (question_id) references question (id),
    constraint question_report_round_fk foreign key (round_id) references round (id)
);

create index question_report_open_idx on question_report (guild_id, decision, question_id);
