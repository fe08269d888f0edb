package org.medopt.app.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Refuses every change to and removal of an audit event on the embedded H2 database (PostgreSQL uses plpgsql). */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit events are append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
