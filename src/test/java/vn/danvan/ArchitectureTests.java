package vn.danvan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The conventions of docs/architecture.md that the compiler does not check.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.danvan");

	private static final JavaClasses TESTS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("vn.danvan");

	@Test
	void controllersArePackagePrivate() {
		ArchRule rule = classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.because("controllers are internal to their module");
		rule.check(MAIN);
	}

	@Test
	void moduleControllersLiveInTheirWebPackage() {
		// The modules of the first layout keep controllers in web/; the modules of the
		// target layout (docs/architecture.md) keep them in feature sub-packages beside
		// their service and repository. Either way, never in a module's root (its API).
		ArchRule rule = classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.and()
			.resideOutsideOfPackages("vn.danvan.web..", "vn.danvan.practices..", "vn.danvan.awards..",
					"vn.danvan.reporting..")
			.should()
			.resideInAPackage("vn.danvan.*.web..");
		rule.check(MAIN);
	}

	@Test
	void featureModuleControllersLiveInAFeaturePackage() {
		ArchRule rule = classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.and()
			.resideInAnyPackage("vn.danvan.practices..", "vn.danvan.awards..", "vn.danvan.reporting..")
			.should()
			.resideInAPackage("vn.danvan.*.*..")
			.because("a module's root package is its API");
		rule.check(MAIN);
	}

	@Test
	void repositoriesArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Repository.class)
			.should()
			.notBePublic()
			.andShould()
			.haveSimpleNameEndingWith("Repository")
			.check(MAIN);
	}

	@Test
	void noJpaNoHibernateNoLombok() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "lombok..")
			.because("data access is plain SQL through JdbcClient")
			.check(MAIN);
	}

	@Test
	void noFieldInjection() {
		fields().should()
			.notBeAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
			.because("dependencies come through constructors")
			.check(MAIN);
	}

	@Test
	void noJavaUtilLoggingNorSystemOut() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("java.util.logging..")
			.orShould()
			.accessField(System.class, "out")
			.orShould()
			.accessField(System.class, "err")
			.check(MAIN);
	}

	@Test
	void configurationPropertiesAreRecords() {
		classes().that()
			.areAnnotatedWith(org.springframework.boot.context.properties.ConfigurationProperties.class)
			.should()
			.beRecords()
			.check(MAIN);
	}

	@Test
	void testClassesAreNamedTests() {
		classes().that()
			.containAnyMethodsThat(com.tngtech.archunit.base.DescribedPredicate.describe("annotated with @Test",
					(method) -> method.isAnnotatedWith(org.junit.jupiter.api.Test.class)))
			.should()
			.haveSimpleNameEndingWith("Tests")
			.andShould()
			.notHaveModifier(JavaModifier.ABSTRACT)
			.check(TESTS);
	}

}
