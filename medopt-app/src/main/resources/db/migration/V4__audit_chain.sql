-- Each audit event is linked to the one before it by a SHA-256 hash over its content and the previous hash, so
-- a changed, removed or reordered event breaks the chain at that point. V5 links events recorded before this.

alter table audit_event add column sequence bigint;
alter table audit_event add column purpose varchar(40);
alter table audit_event add column outcome varchar(20);
alter table audit_event add column previous_hash varchar(64);
alter table audit_event add column hash varchar(64);

-- The newest link, locked while an event is appended so that events join the chain one at a time.
create table audit_chain_head (
    id              smallint primary key,
    last_sequence   bigint,
    last_hash       varchar(64) not null,
    constraint audit_chain_head_single check (id = 1)
);
