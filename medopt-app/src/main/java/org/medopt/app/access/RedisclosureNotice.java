package org.medopt.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The notice every disclosure of 42 CFR Part 2 records carries (42 CFR 2.32), read with its source from
 * {@code redisclosure-notice.json} beside this class.
 */
@Component
public class RedisclosureNotice {

    private final Notice notice;

    RedisclosureNotice(ObjectMapper json) {
        try (InputStream in = RedisclosureNotice.class.getResourceAsStream("redisclosure-notice.json")) {
            this.notice = json.readValue(in, Notice.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read redisclosure-notice.json", e);
        }
    }

    public String text() {
        return notice.text();
    }

    public String source() {
        return notice.source();
    }

    private record Notice(String text, String source, String verification, String note) {
    }
}
