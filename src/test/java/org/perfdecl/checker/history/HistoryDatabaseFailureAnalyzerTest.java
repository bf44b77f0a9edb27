package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.Application;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class HistoryDatabaseFailureAnalyzerTest {

    private static FailureAnalysis analysed(String url, String message) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        Throwable failure = new BeanCreationException("flywayInitializer", new IllegalStateException(new SQLException(message)));
        return new HistoryDatabaseFailureAnalyzer(environment).analyze(failure);
    }

    @Test
    void anH2FileHeldByAnotherServiceSaysWhoToStopAndHowToGetAFileOfItsOwn() {
        FailureAnalysis analysis = analysed("jdbc:h2:file:./data/history",
                "Database may be already in use: \"/srv/data/history.mv.db\"");

        assertThat(analysis.getDescription()).contains("Database may be already in use: \"/srv/data/history.mv.db\"")
                .contains("spring.datasource.url: jdbc:h2:file:./data/history");
        assertThat(analysis.getAction()).contains("another declaration-checker").contains("SPRING_DATASOURCE_URL=");
    }

    @Test
    void aPostgresqlThatDoesNotAnswerPointsAtTheServerAndTheCredentials() {
        FailureAnalysis analysis = analysed("jdbc:postgresql://db:5432/checker", "Connection to db:5432 refused");

        assertThat(analysis.getDescription()).contains("Connection to db:5432 refused");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_PASSWORD").doesNotContain("H2 file");
    }

    /** With checker.lang=zh the box is in Chinese, the driver's own words as it wrote them. */
    @Test
    void theBoxIsInTheServicesLanguage() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/history")
                .withProperty("checker.lang", "zh");
        Throwable failure = new BeanCreationException("flywayInitializer",
                new IllegalStateException(new SQLException("Database may be already in use: \"/srv/data/history.mv.db\"")));

        FailureAnalysis analysis = new HistoryDatabaseFailureAnalyzer(environment).analyze(failure);

        assertThat(analysis.getDescription()).startsWith("无法打开历史数据库：Database may be already in use: \"/srv/data/history.mv.db\"")
                .contains("spring.datasource.url: jdbc:h2:file:./data/history");
        assertThat(analysis.getAction()).startsWith("一个 H2 文件同时只能由一个进程打开").contains("SPRING_DATASOURCE_URL=");
        for (String url : new String[] {"jdbc:h2:file:./data/history", "jdbc:postgresql://db/checker"}) {
            for (String message : new String[] {"locked", "refused"}) {
                environment.setProperty("spring.datasource.url", url);
                FailureAnalysis said = new HistoryDatabaseFailureAnalyzer(environment).analyze(
                        new BeanCreationException("x", new IllegalStateException(new SQLException(message))));
                assertThat(org.perfdecl.checker.report.ServiceTextsTest.englishWords(
                        said.getAction() + said.getDescription().replace(message, ""))).as(url + " " + message).isEmpty();
            }
        }
    }

    @Test
    void otherFailuresAreLeftToSpringsOwnAnalyzers() {
        Throwable failure = new BeanCreationException("checker", new IllegalStateException("no rules"));
        assertThat(new HistoryDatabaseFailureAnalyzer(new MockEnvironment()).analyze(failure)).isNull();
    }

    /** The service itself, started on a database that cannot be opened: the box, not a stack trace. */
    @Test
    void aServiceThatCannotOpenItsDatabaseStopsWithTheAnalysis(@TempDir Path dir, CapturedOutput output) {
        String url = "jdbc:h2:file:" + dir.resolve("missing") + ";IFEXISTS=TRUE";
        assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=0", "--checker.watch-rules=false",
                "--spring.datasource.url=" + url)).isNotNull();

        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                .contains("The history database could not be opened: Database \"" + dir.resolve("missing"))
                .contains("spring.datasource.url: " + url)
                .contains("Check that the H2 file's folder exists").doesNotContain("An H2 file serves one process");
    }
}
