-- Failed sign-ins in a row, and until when the account is locked after too many (medopt.sign-in.*).
alter table user_account add column failed_sign_ins integer default 0 not null;
alter table user_account add column locked_until timestamp with time zone;
