package app.footnote;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The package rules of DESIGN and the README's package map, checked on the bot's classes. */
class ArchitectureTest {

    private static final JavaClasses BOT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.footnote");

    @Test
    void javacordTypesStayInsideTheDiscordAdapter() {
        noClasses().that().resideOutsideOfPackage("app.footnote.chat.discord..")
                .should().dependOnClassesThat().resideInAPackage("org.javacord..")
                .because("Javacord is no longer developed: replacing it must touch one package")
                .check(BOT);
    }

    @Test
    void theFeaturesNeverDependOnAChatAdapter() {
        noClasses().that().resideInAnyPackage("app.footnote.game..", "app.footnote.score..", "app.footnote.daily..",
                "app.footnote.bank..", "app.footnote.moderation..")
                .should().dependOnClassesThat().resideInAPackage("app.footnote.chat..")
                .because("services say what happened and the adapters word it, for Discord and the page alike")
                .check(BOT);
    }

    @Test
    void aFeaturesTablesAreReachedOnlyThroughThatFeature() {
        classes().that().areAnnotatedWith(Entity.class).should(beUsedOnlyInTheirOwnFeature())
                .because("a feature's rows change only by its own rules; others ask its services for records")
                .check(BOT);
    }

    /** The feature of a class: the package under app.footnote it lives in ("game", "chat"). */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        String rest = name.startsWith("app.footnote.") ? name.substring("app.footnote.".length()) : "";
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /**
     * Two reaches are the design, not a leak: moderation is the bank's per-server side (DESIGN puts it under the
     * bank: a server's own questions are bank rows), and a round asks one of the bank's questions, whose rows the game
     * reads but never writes.
     */
    private static boolean mayUse(String from, String to) {
        return from.equals(to) || from.equals("db") || from.equals("moderation") && to.equals("bank")
                || from.equals("game") && to.equals("bank");
    }

    private static boolean mayWrite(String from, String to) {
        return from.equals(to) || from.equals("db") || from.equals("moderation") && to.equals("bank");
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnFeature() {
        return new ArchCondition<>("be used only in their own feature") {

            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
                    if (!mayUse(feature(dependency.getOriginClass()), feature(entity))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
                for (JavaFieldAccess access : entity.getFieldAccessesToSelf()) {
                    if (access.getAccessType() == JavaFieldAccess.AccessType.SET
                            && !mayWrite(feature(access.getOriginOwner()), feature(entity))) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }
}
