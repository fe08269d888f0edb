-- Audit events are append-only: no connection can change or remove one. H2 has no TRUNCATE trigger; the
-- foreign key from audit_chain_head already refuses TRUNCATE TABLE audit_event.

create trigger audit_event_no_update before update on audit_event
    for each row call 'org.medopt.app.audit.AppendOnlyTrigger';

create trigger audit_event_no_delete before delete on audit_event
    for each row call 'org.medopt.app.audit.AppendOnlyTrigger';
