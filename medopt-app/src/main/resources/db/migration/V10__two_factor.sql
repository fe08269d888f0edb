-- Time-based one-time passwords (RFC 6238): the shared secret (base32) and the last time step used, so that a
-- code cannot be used twice.
alter table user_account add column totp_secret varchar(64);
alter table user_account add column totp_last_step bigint;
