-- What a round asked, kept on the round: a question edited since still shows its rounds their own prompt, answer and
-- quotes (Source, the reveal). Then players' reports of questions. Portable SQL: runs on H2 and PostgreSQL.

alter table round add column asked_prompt varchar(300);
alter table round add column asked_answer varchar(80);
update round set asked_prompt = (select q.prompt from question q where q.id = round.question_id),
                 asked_answer = (select q.answer from question q where q.id = round.question_id);
alter table round alter column asked_prompt set not null;
alter table round alter column asked_answer set not null;

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
