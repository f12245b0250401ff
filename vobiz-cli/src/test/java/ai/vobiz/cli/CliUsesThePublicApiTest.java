package ai.vobiz.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The {@code vobiz} command is an SDK user like any other: it uses only what core exports (the module descriptor
 * exports no {@code ai.vobiz.internal} package), so whatever it needs is public API that every user has too.
 */
@AnalyzeClasses(packages = "ai.vobiz.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliUsesThePublicApiTest {
    @ArchTest
    static final ArchRule onlyExportedPackages = noClasses()
            .that()
            .resideInAPackage("ai.vobiz.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("ai.vobiz.internal..");
}
