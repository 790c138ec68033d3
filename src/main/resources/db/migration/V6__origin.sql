-- Which chat a round or a daily schedule belongs to (DISCORD or LOCAL), so that each process acts only on what it
-- serves; until now it was guessed from the server id's shape. Existing rows: a Discord server id is all digits.
alter table round add column origin varchar(10) default 'LOCAL' not null;
alter table daily_schedule add column origin varchar(10) default 'LOCAL' not null;
update round set origin = 'DISCORD' where translate(guild_id, '0123456789', '') = '' and guild_id <> '';
update daily_schedule set origin = 'DISCORD' where translate(guild_id, '0123456789', '') = '' and guild_id <> '';
alter table round alter column origin drop default;
alter table daily_schedule alter column origin drop default;
