package com.example.app;

import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the application as a user would, outside surefire: plain {@code java --module-path … -m …}, no
 * {@code --add-modules}, with the runtime module path the build wrote (maven-dependency-plugin, see pom.xml).
 */
class LaunchTest {
    @Test
    void runsOnTheModulePathWithPlainJava() throws Exception {
        String modulePath = "target/classes" + File.pathSeparator
                + Files.readString(Path.of("target/runtime-module-path.txt")).strip();
        try (FakeVobizServer server = FakeVobizServer.start()) {
            ProcessBuilder java = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "--module-path",
                            modulePath,
                            "-m",
                            "com.example.app/com.example.app.Main",
                            server.baseUrl().toString())
                    .redirectErrorStream(true);
            java.environment().put("VOBIZ_AUTH_ID", DemoData.ACCOUNT_AUTH_ID);
            java.environment().put("VOBIZ_AUTH_TOKEN", DemoData.ACCOUNT_AUTH_TOKEN);
            Process app = java.start();
            String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(app.exitValue()).as(output).isZero();
            assertThat(output).contains("Acme Corp (MA_XXXXXXXX)");
            assertThat(server.journal().last().headers().firstValue("User-Agent"))
                    .hasValueSatisfying(agent -> assertThat(agent).endsWith("; okhttp)"));
        }
    }
}
