package ai.vobiz.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Packages do not import each other in a circle. A slice is a layer, {@code ai.vobiz.(*)..}: {@code client},
 * {@code endpoint}, {@code domain}, {@code error} and {@code port} (the transport SPI, its toolkit and the resilience
 * policy it carries, which judges the SPI's requests and responses, form one layer). The exception is
 * {@code internal}, where each package is its own slice: {@code ai.vobiz.internal} holds leaf helpers (redaction,
 * version) that every layer may use, while {@code internal.http} and {@code internal.json} implement layers and
 * depend on them; lumping them together would call that a cycle.
 */
@AnalyzeClasses(packages = "ai.vobiz", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    static final SliceAssignment LAYERS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (!pkg.startsWith("ai.vobiz.")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = pkg.substring("ai.vobiz.".length()).split("\\.");
            if (parts[0].equals("internal") && parts.length > 1) {
                return SliceIdentifier.of("internal." + parts[1]);
            }
            return SliceIdentifier.of(parts[0]);
        }

        @Override
        public String getDescription() {
            return "layers ai.vobiz.(*).. with each ai.vobiz.internal.* package its own slice";
        }
    };

    @ArchTest
    static final ArchRule noCyclesBetweenLayers =
            slices().assignedFrom(LAYERS).should().beFreeOfCycles();
}
