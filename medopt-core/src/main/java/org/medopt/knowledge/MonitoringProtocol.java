package org.medopt.knowledge;

import java.util.List;

/** A monitoring protocol that drugs refer to by id (e.g. {@code lithium}), with the tests it asks for. */
public record MonitoringProtocol(String id, String title, List<MonitoredTest> tests) {

    public MonitoringProtocol {
        tests = List.copyOf(tests);
    }
}
