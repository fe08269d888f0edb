package org.medopt.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SQL reaches the database only as fixed text, so input can only ever travel as a parameter. The check reads the
 * compiled classes (with the copy of ASM inside Spring): javac folds literals, text blocks and constants joined with
 * {@code +} into a single constant (JLS 15.29), so fixed SQL is loaded by one {@code ldc} right before the call of
 * {@link JdbcClient#sql}. SQL built at run time shows up as another instruction there (a concatenation, a builder,
 * a variable, a method call) or as a jump target in between (a condition choosing the text). Other JDBC APIs that
 * take SQL text are not used at all.
 */
@DisplayName("SQL statements")
class ConstantSqlTests {

    private static final String JDBC_CLIENT = Type.getInternalName(JdbcClient.class);
    private static final String STRING = Type.getDescriptor(String.class);

    @Test
    @DisplayName("every SQL statement the app sends is fixed text, so no input can become part of one")
    void appSendsOnlyFixedSql() throws Exception {
        Path classes = Path.of(MedOptApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Scan scan = new Scan();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> scan.read(file));
        }
        assertThat(scan.fixedStatements).as("JdbcClient.sql calls with fixed text").isGreaterThan(20);
        assertThat(scan.builtStatements).isEmpty();
    }

    @Test
    @DisplayName("the check finds SQL joined with input, built, passed in, chosen by a condition, formatted, or sent past JdbcClient")
    void findsBuiltSql() throws URISyntaxException {
        Scan scan = new Scan();
        scan.read(Path.of(Examples.class.getResource("/" + Type.getInternalName(Examples.class) + ".class").toURI()));
        assertThat(scan.builtStatements).extracting(Finding::method)
                .containsExactlyInAnyOrder("joined", "built", "passedIn", "chosen", "formatted", "template");
        assertThat(scan.fixedStatements).isEqualTo(3);
    }

    /** Collects, over the classes it reads, the calls sending fixed SQL and the places sending any other. */
    private static final class Scan {

        int fixedStatements;
        final List<Finding> builtStatements = new ArrayList<>();

        void read(Path classFile) {
            try (InputStream in = Files.newInputStream(classFile)) {
                ClassReader reader = new ClassReader(in);
                reader.accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                        return new Calls(reader.getClassName().replace('/', '.'), name);
                    }
                }, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Follows one method's instructions, remembering whether the last one loaded a constant string. */
        private final class Calls extends MethodVisitor {

            private final String type;
            private final String method;
            private int line;
            private boolean constantLoaded;

            Calls(String type, String method) {
                super(Opcodes.ASM9);
                this.type = type;
                this.method = method;
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                if (owner.equals(JDBC_CLIENT) && name.equals("sql")) {
                    if (constantLoaded) {
                        fixedStatements++;
                    } else {
                        builtStatements.add(new Finding(type, method, line, "SQL text built at run time"));
                    }
                } else if (takesSqlText(owner, descriptor)) {
                    builtStatements.add(new Finding(type, method, line, "SQL text sent through " + owner + "." + name));
                }
                constantLoaded = false;
            }

            /**
             * JDBC and Spring JDBC calls with a string, apart from JdbcClient's, reading a column by name and the
             * message of an exception (which a database trigger throws).
             */
            private static boolean takesSqlText(String owner, String descriptor) {
                boolean jdbc = owner.startsWith("java/sql/") && !owner.equals("java/sql/ResultSet")
                        && !owner.equals("java/sql/SQLException")
                        || owner.startsWith("org/springframework/jdbc/core/") && !owner.startsWith(JDBC_CLIENT);
                return jdbc && Arrays.stream(Type.getArgumentTypes(descriptor)).anyMatch(type -> type.getDescriptor().equals(STRING));
            }

            @Override
            public void visitLdcInsn(Object value) {
                constantLoaded = value instanceof String;
            }

            /** A frame marks a jump target: the value on the stack may come from another path. */
            @Override
            public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
                constantLoaded = false;
            }

            @Override
            public void visitLineNumber(int line, Label start) {
                this.line = line;
            }

            @Override
            public void visitInsn(int opcode) {
                constantLoaded = false;
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                constantLoaded = false;
            }

            @Override
            public void visitVarInsn(int opcode, int varIndex) {
                constantLoaded = false;
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                constantLoaded = false;
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                constantLoaded = false;
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                constantLoaded = false;
            }

            @Override
            public void visitJumpInsn(int opcode, Label label) {
                constantLoaded = false;
            }

            @Override
            public void visitIincInsn(int varIndex, int increment) {
                constantLoaded = false;
            }

            @Override
            public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                constantLoaded = false;
            }

            @Override
            public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                constantLoaded = false;
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
                constantLoaded = false;
            }
        }
    }

    private record Finding(String type, String method, int line, String problem) {
    }

    /** Compiled only to be read: what the check must refuse, and what it must accept. */
    @SuppressWarnings("unused")
    private static final class Examples {

        private static final String COLUMNS = "id, legal_family_name";
        private static final String SELECT = "select " + COLUMNS + " from person";

        private JdbcClient jdbc;
        private JdbcTemplate template;

        void joined(String family) {
            jdbc.sql(SELECT + " where legal_family_name = '" + family + "'");
        }

        void built(String family) {
            jdbc.sql(new StringBuilder(SELECT).append(" where legal_family_name = '").append(family).append("'").toString());
        }

        void passedIn(String sql) {
            jdbc.sql(sql);
        }

        void chosen(boolean everyone, String family) {
            jdbc.sql(everyone ? SELECT : SELECT + " where legal_family_name = '" + family + "'");
        }

        void formatted(String family) {
            jdbc.sql("select id from person where legal_family_name = '%s'".formatted(family));
        }

        void template(String family) {
            template.queryForList(SELECT + " where legal_family_name = ?", family);
        }

        void fixed(long id) {
            jdbc.sql("select id from person where id = ?").param(id);
        }

        void fixedFromConstants(String family) {
            jdbc.sql(SELECT + " where legal_family_name = ?").param(family);
        }

        void fixedTextBlock(long id) {
            jdbc.sql("""
                    select id
                    from person
                    where id = ?""").param(id);
        }
    }
}
