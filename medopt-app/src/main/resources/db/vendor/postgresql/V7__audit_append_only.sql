-- Audit events are append-only: no connection, whatever its grants, can change or remove one. Production
-- deployments should also run the application as a role granted only SELECT and INSERT on audit_event
-- (docs/security.md).

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
