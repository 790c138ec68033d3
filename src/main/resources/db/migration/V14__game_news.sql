-- A game keeps the news window it was started with, so every next round of it (also after a restart) picks from that
-- window's news: TODAY, WEEK or MONTH, NULL for any question. Portable SQL (H2 and PostgreSQL).
alter table game add column news varchar(10);
