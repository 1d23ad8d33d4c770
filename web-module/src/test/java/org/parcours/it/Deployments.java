package org.parcours.it;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every in-container test runs in: the real Parcours WAR as built, plus the test classes and the
 * test libraries they use inside the server (AssertJ, Awaitility, GreenMail as a real SMTP server).
 */
public final class Deployments {

    private static final List<String> TEST_LIBRARIES = List.of("assertj-core", "awaitility", "hamcrest",
            "greenmail-2", "slf4j-api", "fastexcel-reader", "aalto-xml", "stax2-api", "commons-compress", "commons-io",
            "commons-codec", "commons-lang3");

    private Deployments() {
    }

    public static WebArchive parcours(Class<?>... testClasses) {
        File war = new File(System.getProperty("parcours.war", "target/parcours.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "parcours.war").importFrom(war)
                .as(WebArchive.class);
        openTestRunner(archive);
        archive.addAsWebInfResource(Deployments.class.getResource("/glassfish-web.xml"), "glassfish-web.xml");
        archive.addAsWebInfResource(Deployments.class.getResource("/glassfish-ejb-jar.xml"), "glassfish-ejb-jar.xml");
        archive.addClasses(testClasses);
        archive.addAsResource("lss/limesurvey-v3.lss");
        archive.addClasses(Mailbox.class, RunAs.class, RunAs.HrAdmin.class, RunAs.Staff.class, RunAs.Manager.class,
                RunAs.CommitteeMember.class, Http.class);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            boolean wanted = name.endsWith(".jar") && TEST_LIBRARIES.stream().anyMatch(name::startsWith);
            if (wanted) {
                archive.addAsLibrary(new File(entry));
            }
        }
        return archive;
    }

    /** Arquillian's test runner servlet must be reachable without signing in; the rest of web.xml is kept. */
    private static void openTestRunner(WebArchive archive) {
        String webXml;
        try (var in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String runner = "<security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern><url-pattern>/ArquillianServletRunner</url-pattern>"
                + "</web-resource-collection></security-constraint>";
        archive.delete("WEB-INF/web.xml");
        archive.setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(
                webXml.replaceFirst("<security-constraint>", runner + "<security-constraint>")));
    }

    /** The names of the jars added, for a readable failure when a library is missing. */
    public static List<String> testLibraries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> new File(entry).getName())
                .filter(name -> TEST_LIBRARIES.stream().anyMatch(name::startsWith)).toList();
    }
}
