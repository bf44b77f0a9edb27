package org.perfdecl.checker.office;

import org.apache.poi.Version;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Apache POI on the class path: the office readers and the decision tables (drools-decisiontables,
 * whose own POI the pom excludes) read workbooks with the same POI, so no mix of versions decides
 * which class wins.
 */
class OnePoiVersionTest {

    private static final Pattern POI_JAR = Pattern.compile("^poi(?:-[a-z-]+)?-(\\d+\\.\\d+\\.\\d+)\\.jar$");

    @Test
    void everyPoiJarHasTheVersionOfPoiItself() {
        Set<String> versions = new TreeSet<>();
        Set<String> jars = new TreeSet<>();
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(p -> new File(p).getName())
                .forEach(name -> {
                    Matcher m = POI_JAR.matcher(name);
                    if (m.matches()) {
                        versions.add(m.group(1));
                        jars.add(name);
                    }
                });

        assertThat(jars).as("POI jars on the class path").anyMatch(j -> j.startsWith("poi-ooxml-"));
        assertThat(versions).as("versions of " + jars).containsExactly(Version.getVersion());
        assertThat(org.drools.decisiontable.parser.xls.ExcelParser.class.getClassLoader()
                .getResource("org/apache/poi/ss/usermodel/WorkbookFactory.class")).asString().contains("poi-" + Version.getVersion() + ".jar");
    }
}
