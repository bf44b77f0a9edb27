package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A user setting the service cannot start with is told in the start-up box, in the service's language. */
class UserSettingsFailureAnalyzerTest {

    private static FailureAnalysis analysed(String lang, UserSettingsException e) {
        MockEnvironment environment = new MockEnvironment().withProperty("checker.lang", lang);
        return new UserSettingsFailureAnalyzer(environment).analyze(new BeanCreationException("protectedEndpoints", e));
    }

    @Test
    void aPlainPasswordIsNamedWithHowToMakeAnEncodedOne() {
        FailureAnalysis en = analysed("en", new UserSettingsException("password-plain", Map.of("name", "rita")));
        assertThat(en.getDescription()).isEqualTo("checker.users.rita.password must be an encoded password such as "
                + "{bcrypt}$2a$10$...; a plain password is not accepted there (make one with "
                + "`java -jar declaration-checker.jar hash-password`)");
        assertThat(en.getAction()).contains("java -jar declaration-checker.jar hash-password");

        FailureAnalysis zh = analysed("zh", new UserSettingsException("password-plain", Map.of("name", "rita")));
        assertThat(zh.getDescription()).startsWith("checker.users.rita.password 须为编码后的密码").contains("{bcrypt}$2a$10$...");
        assertThat(zh.getAction()).startsWith("请改正该设置后重新启动").contains("hash-password");
    }

    @Test
    void anUnknownRoleIsNamedWithTheKnownOnes() {
        FailureAnalysis en = analysed("en", new UserSettingsException("role-unknown", Map.of("name", "rita", "role", "REVIEWR")));
        assertThat(en.getDescription()).isEqualTo("checker.users.rita.roles: unknown role 'REVIEWR' (known: `REVIEWER`, `ADMIN`)");
    }
}
