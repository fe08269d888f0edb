-- The CDS client (its issuer) through which a clinician's access was made, when a CDS Hooks service read a record
-- on behalf of the clinician named in the hook's context; null for everything done in MedOpt itself.
alter table audit_event add column via_client varchar(100);
