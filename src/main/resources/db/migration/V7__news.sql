-- News by its link: where an article was read and who wrote it, for the footnote. Portable SQL: H2 and PostgreSQL.
alter table article add column url varchar(2000);
alter table article add column author varchar(200);
