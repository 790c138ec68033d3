-- Typed play: a round (and every round of a game) answered by typing instead of with buttons. Portable SQL: H2 and
-- PostgreSQL.

-- BUTTONS or TYPED; rounds and games from before were all played with buttons.
alter table game add column mode varchar(10) default 'BUTTONS' not null;
alter table round add column mode varchar(10) default 'BUTTONS' not null;

-- The other answers a typed answer may give (the question's accept:), as the round asked them: the question may be
-- edited while the round is open, and it is still judged and revealed as asked.
create table round_accepted_answer (
    round_id     bigint      not null,
    answer_index integer     not null,
    answer       varchar(80) not null,
    constraint round_accepted_answer_pk primary key (round_id, answer_index),
    constraint round_accepted_answer_round_fk foreign key (round_id) references round (id)
);

-- What the player typed, as they typed it (surrounding blanks dropped); a typed answer has no choice.
alter table answer add column typed_answer varchar(200);
alter table answer alter column choice_index drop not null;
