-- A server may choose a moderator role without choosing a round length: the length falls back to the default.
alter table server_settings alter column round_seconds drop not null;
alter table server_settings add column moderator_role_id varchar(32);

-- The Discord message that shows a round, so its buttons can be closed at the reveal, even after a restart.
create table discord_round_post (
    round_id   bigint      not null primary key,
    channel_id varchar(32) not null,
    message_id varchar(32) not null,
    constraint fk_discord_round_post_round foreign key (round_id) references round (id)
);
