package org.medopt.app.context;

import java.util.Arrays;
import java.util.List;
import org.medopt.person.Sex;

/** One option of a choice on a page: the code sent and the label shown. */
public record Choice(String code, String label) {

    static List<Choice> sexes() {
        return Arrays.stream(Sex.values()).map(sex -> new Choice(sex.code(), label(sex))).toList();
    }

    static List<Choice> pregnancies() {
        return Arrays.stream(Pregnancy.values()).map(p -> new Choice(p.code(), p.label())).toList();
    }

    static String label(Sex sex) {
        return switch (sex) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case OTHER -> "Other";
            case UNKNOWN -> "Not known";
        };
    }
}
