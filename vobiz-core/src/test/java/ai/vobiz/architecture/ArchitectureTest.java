package ai.vobiz.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** Core is the hexagon's inside: no HTTP, reactive or resilience library, and the domain knows no client. */
@AnalyzeClasses(packages = "ai.vobiz", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoTransportOrResilienceLibrary = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("okhttp3..", "okio..", "io.netty..", "reactor..", "io.github.resilience4j..")
            .because("core defines ports; transports adapt OkHttp or Netty and apply Resilience4j");

    @ArchTest
    static final ArchRule domainDoesNotDependOnTheClient = noClasses()
            .that()
            .resideInAPackage("ai.vobiz.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("ai.vobiz.client..", "ai.vobiz.endpoint..", "ai.vobiz.port..");

    @ArchTest
    static final ArchRule portsDoNotDependOnTheClientOrTheDomain = noClasses()
            .that()
            .resideInAPackage("ai.vobiz.port..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("ai.vobiz.client..", "ai.vobiz.domain..", "ai.vobiz.endpoint..");

    @ArchTest
    static final ArchRule errorsDoNotDependOnTheClient = noClasses()
            .that()
            .resideInAPackage("ai.vobiz.error..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("ai.vobiz.client..", "ai.vobiz.domain..");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
