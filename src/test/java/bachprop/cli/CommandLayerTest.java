package bachprop.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The command line is the top layer: commands live in bachprop.cli and nothing below reaches up. */
class CommandLayerTest {
    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("bachprop");
    }

    @Test
    void noPackageOutsideTheCommandLineDependsOnIt() {
        noClasses()
                .that()
                .resideOutsideOfPackage("bachprop.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("bachprop.cli..")
                .because("commands form the top layer; each domain package offers a plain API that a command calls")
                .check(main);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("bachprop.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(main);
    }

    @Test
    void everyCommandClassLivesInTheCommandLinePackage() {
        classes()
                .that()
                .areAnnotatedWith(Command.class)
                .should()
                .resideInAPackage("bachprop.cli..")
                .andShould()
                .beAssignableTo(BaseCommand.class)
                .check(main);
    }
}
