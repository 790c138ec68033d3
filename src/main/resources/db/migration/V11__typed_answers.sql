-- Typed answers. Portable SQL: H2 and PostgreSQL.

-- Other answers a typed answer may give (the bank's accept:), such as a person's surname where the article calls them
-- by it; in the order the bank lists them.
create table question_accepted_answer (
    question_id  bigint      not null,
    answer_index integer     not null,
    answer       varchar(80) not null,
    constraint question_accepted_answer_pk primary key (question_id, answer_index),
    constraint question_accepted_answer_question_fk foreign key (question_id) references question (id)
);
