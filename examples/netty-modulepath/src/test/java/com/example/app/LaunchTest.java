package com.example.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import ai.vobiz.testkit.DemoData;
import ai.vobiz.testkit.FakeVobizServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plain {@code java --module-path … -m …}, as a user runs the application, outside surefire (which would add
 * {@code --add-modules ALL-MODULE-PATH} and hide a module that is never resolved).
 */
class LaunchTest {
    @Test
    void netty_resolves_on_the_module_path() throws Exception {
        Path runtime = Path.of("target", "runtime-module-path.txt"); // written by maven-dependency-plugin (pom.xml)
        try (FakeVobizServer server = FakeVobizServer.start()) {
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--module-path",
                    String.join(File.pathSeparator, "target/classes", Files.readString(runtime).strip()),
                    "--module",
                    "com.example.app/com.example.app.Main",
                    server.baseUrl().toString());
            ProcessBuilder launch = new ProcessBuilder(command).redirectErrorStream(true);
            launch.environment()
                    .putAll(Map.of(
                            "VOBIZ_AUTH_ID", DemoData.PARTNER_AUTH_ID, "VOBIZ_AUTH_TOKEN", DemoData.PARTNER_AUTH_TOKEN));
            Process process = launch.start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor(60, SECONDS)).isTrue();
            assertThat(process.exitValue()).as(printed).isZero();
            assertThat(printed).contains("balance 23906.83000").doesNotContain("Exception");
            assertThat(server.journal().entries()).singleElement().satisfies(request -> assertThat(
                            request.headers().firstValue("User-Agent").orElseThrow())
                    .endsWith("; netty)"));
        }
    }
}
