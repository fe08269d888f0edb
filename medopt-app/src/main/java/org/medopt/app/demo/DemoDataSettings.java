package org.medopt.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When synthetic demo data is loaded into an empty database. Demo accounts share a published password, so by
 * default ({@code auto}) they are loaded only into the embedded H2 database, never into PostgreSQL.
 */
@ConfigurationProperties("medopt.demo-data")
record DemoDataSettings(Load load) {

    enum Load { AUTO, ALWAYS, NEVER }

    DemoDataSettings {
        load = load == null ? Load.AUTO : load;
    }

    boolean allowsLoadingInto(String databaseUrl) {
        return switch (load) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> databaseUrl != null && databaseUrl.startsWith("jdbc:h2:");
        };
    }
}
