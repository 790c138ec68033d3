-- Where a server's moderators are told what the bot did on its own (the new questions its feeds brought); null: in
-- the channel where each feed was added. Portable SQL: H2 and PostgreSQL.
alter table server_settings add column notice_channel_id varchar(32);
