package bachprop;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import bachprop.viz.Stepping;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of issue 16, checked on the compiled main classes. From the bottom: {@code nn};
 * {@code util}; the domain ({@code music}, {@code rnn}, {@code seq}, {@code chorale}, {@code grade},
 * {@code jshell}, {@code chapter}); the visualisers ({@code viz} and the packages that implement
 * it, listed by {@code visualisers}); on top, beside one another, the window ({@code app}), the
 * command line ({@code cli}) and the benchmarks ({@code bench}).
 */
class ArchitectureTest {
    /** Every package of ours below the command line: none of them may reach it. */
    static final String[] DOMAIN = {
        "bachprop.nn..",
        "bachprop.rnn..",
        "bachprop.seq..",
        "bachprop.music..",
        "bachprop.chorale..",
        "bachprop.chapter..",
        "bachprop.grade..",
        "bachprop.jshell..",
        "bachprop.util..",
        "bachprop.viz..",
        "bachprop.visualisers.."
    };

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("bachprop");
    }

    /** nn.fast counts as nn: it is the same network's fast kernels, one layer with it. */
    @Test
    void nnIsTheBottomLayerAndImportsNothingElseOfOurs() {
        classes()
                .that()
                .resideInAPackage("bachprop.nn..")
                .should()
                .onlyDependOnClassesThat(resideInAPackage("bachprop.nn..").or(not(resideInAPackage("bachprop.."))))
                .check(main);
    }

    @Test
    void theMathsTheDataTheChaptersTheGraderTheShellAndTheVisualiserModelsUseNoJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "bachprop.nn..",
                        "bachprop.rnn..",
                        "bachprop.seq..",
                        "bachprop.music..",
                        "bachprop.chapter..",
                        "bachprop.grade..",
                        "bachprop.jshell..",
                        "bachprop.util..")
                .and()
                .resideOutsideOfPackages(
                        "bachprop.grade.ui..", "bachprop.rnn.viz..", "bachprop.seq.viz..", "bachprop.seq.satb.viz..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(main);
    }

    /** A visualiser model is a {@link Stepping} (most extend StepModel) or a class named *Model in a visualiser package. */
    @Test
    void visualiserModelsUseNoJavaFx() {
        noClasses()
                .that(assignableTo(Stepping.class)
                        .or(simpleNameEndingWith("Model")
                                .and(resideInAPackage("..viz..")
                                        .or(resideInAPackage("bachprop.chorale.plot.."))
                                        .or(resideInAPackage("bachprop.chorale.live..")))))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(main);
    }

    @Test
    void onlyTheWindowAndTheCommandLineReachTheWindow() {
        noClasses()
                .that()
                .resideOutsideOfPackages("bachprop.app..", "bachprop.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("bachprop.app..")
                .check(main);
    }

    /** Commands form the top layer: each domain package offers a plain API that a command calls. */
    @Test
    void noDomainPackageDependsOnTheCommandLine() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("bachprop.cli..", "bachprop.bench..")
                .check(main);
    }

    @Test
    void commandsAndBenchmarksLiveInPackagesOfTheirOwn() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Bench")
                .should()
                .resideInAPackage("bachprop.bench..")
                .allowEmptyShould(true)
                .check(main);
        classes()
                .that()
                .haveSimpleNameEndingWith("Command")
                .and()
                .areNotNestedClasses()
                .should()
                .resideInAnyPackage("bachprop.cli..")
                .check(main);
    }

    /**
     * Package by package, so that viz ⇄ viz.common ⇄ the visualiser packages, chorale ⇄ chorale.plot
     * and seq ⇄ seq.lstm are each a cycle.
     */
    @Test
    void noPackageCycles() {
        slices().matching("bachprop.(**)").should().beFreeOfCycles().check(main);
    }
}
