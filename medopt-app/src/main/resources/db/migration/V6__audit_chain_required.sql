alter table audit_event alter column sequence set not null;
alter table audit_event alter column purpose set not null;
alter table audit_event alter column outcome set not null;
alter table audit_event alter column previous_hash set not null;
alter table audit_event alter column hash set not null;
alter table audit_event add constraint audit_event_sequence_unique unique (sequence);

-- The head names the newest event; the reference also stops the table being truncated from under the chain.
alter table audit_chain_head add constraint audit_chain_head_last
    foreign key (last_sequence) references audit_event (sequence);

create index audit_event_occurred_idx on audit_event (occurred_at);
create index audit_event_username_idx on audit_event (username, occurred_at);
