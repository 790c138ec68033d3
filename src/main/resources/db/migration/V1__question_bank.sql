-- The question bank as imported from questions/*.yaml. Portable SQL: runs on H2 and PostgreSQL.

create table article (
    id          varchar(100) not null primary key,  -- the file stem under questions/articles/
    title       varchar(300) not null,
    outlet      varchar(200),
    published   date
);

create sequence question_seq start with 1 increment by 50;

create table question (
    id          bigint       not null primary key,
    slug        varchar(100) not null,               -- the bank's id: stable forever
    category    varchar(60)  not null,
    difficulty  varchar(10)  not null,
    prompt      varchar(300) not null,
    answer      varchar(80)  not null,
    explanation varchar(1000) not null,
    retired     boolean      not null,               -- removed from the files: kept for history, never asked
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint question_slug_unique unique (slug)
);

create index question_category_idx on question (category);

create table question_wrong_choice (
    question_id  bigint      not null,
    choice_index integer     not null,
    choice       varchar(80) not null,
    constraint question_wrong_choice_pk primary key (question_id, choice_index),
    constraint question_wrong_choice_question_fk foreign key (question_id) references question (id)
);

create table question_source (
    question_id  bigint        not null,
    source_index integer       not null,
    article_id   varchar(100)  not null,
    quote        varchar(2000) not null,
    constraint question_source_pk primary key (question_id, source_index),
    constraint question_source_question_fk foreign key (question_id) references question (id),
    constraint question_source_article_fk foreign key (article_id) references article (id)
);
