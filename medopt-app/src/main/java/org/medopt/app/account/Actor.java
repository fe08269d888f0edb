package org.medopt.app.account;

/**
 * Who is acting: a signed-in account with its role, and for a person served the record that is theirs.
 *
 * @param personId the person's own record, for role {@link Role#PERSON}; otherwise {@code null}
 */
public record Actor(long accountId, String username, Role role, Long personId) {

    public boolean ownsRecordOf(long person) {
        return role == Role.PERSON && personId != null && personId == person;
    }
}
