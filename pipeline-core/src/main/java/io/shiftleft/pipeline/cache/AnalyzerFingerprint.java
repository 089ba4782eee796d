package io.shiftleft.pipeline.cache;

import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.flink.sql.parser.impl.FlinkSqlParserImpl;

/**
 * The version of the SQL analysis, so that a cache never serves results of other code: a SHA-256
 * over the bytes of every class of {@code io.shiftleft.pipeline.sql} (found beside {@link
 * SqlAnalyzer}, in a folder or a jar) and the versions of Flink's SQL parser and Calcite. Any
 * change of the analyzer or of the parser's version changes it; rebuilding the same sources does
 * not (the build is reproducible).
 */
final class AnalyzerFingerprint {

    private static final String SQL_PACKAGE = "io/shiftleft/pipeline/sql/";

    private static final String FLINK_PARSER =
            "/org/apache/flink/sql/parser/impl/FlinkSqlParserImpl.class";

    private static final String CALCITE_PARSER = "/org/apache/calcite/sql/parser/SqlParser.class";

    private static final Optional<byte[]> CURRENT = compute();

    /** Packages whose code decides what the stat index serves, besides the analyzer's. */
    private static final List<String> INDEX_PACKAGES =
            List.of(
                    "io/shiftleft/pipeline/cache/",
                    "io/shiftleft/pipeline/metadata/",
                    "io/shiftleft/pipeline/project/",
                    "io/shiftleft/pipeline/model/",
                    "io/shiftleft/pipeline/graph/");

    private static final Optional<byte[]> INDEX = CURRENT.flatMap(AnalyzerFingerprint::index);

    private AnalyzerFingerprint() {}

    /**
     * The fingerprint of the analyzer on the class path, 32 bytes; empty when its classes cannot be
     * read (an unusual class loader), and then nothing may be persisted.
     */
    static Optional<byte[]> current() {
        return CURRENT.map(byte[]::clone);
    }

    /**
     * The fingerprint of the stat index: the analyzer's, and the bytes of the classes that read
     * files, build the project and render metadata (a change of any may change what an index entry
     * stands for). Empty when the classes cannot be read.
     */
    static Optional<byte[]> ofIndex() {
        return INDEX.map(byte[]::clone);
    }

    private static Optional<byte[]> index(byte[] analyzer) {
        MessageDigest digest = Digests.sha256();
        digest.update(analyzer);
        try {
            for (String prefix : INDEX_PACKAGES) {
                for (String name : classes(prefix)) {
                    digest.update(name.getBytes(StandardCharsets.UTF_8));
                    digest.update(resource(SqlAnalyzer.class, "/" + name));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(digest.digest());
    }

    private static Optional<byte[]> compute() {
        MessageDigest digest = Digests.sha256();
        try {
            for (String name : classes(SQL_PACKAGE)) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(resource(SqlAnalyzer.class, "/" + name));
            }
            digest.update(parserVersion());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(digest.digest());
    }

    /**
     * The versions of Flink's SQL parser and of Calcite, from their jars' manifests; when a
     * manifest does not tell, the bytes of Flink's generated parser.
     */
    private static byte[] parserVersion() throws IOException {
        // From the jars' manifests, without loading the parser's classes (the generated parser
        // alone takes tens of milliseconds to load and verify).
        Optional<String> flink = manifestVersion(FLINK_PARSER);
        Optional<String> calcite = manifestVersion(CALCITE_PARSER);
        if (flink.isEmpty() || calcite.isEmpty()) {
            String loadedFlink = FlinkSqlParserImpl.class.getPackage().getImplementationVersion();
            String loadedCalcite = SqlParser.class.getPackage().getImplementationVersion();
            if (loadedFlink == null || loadedCalcite == null) {
                return resource(SqlAnalyzer.class, FLINK_PARSER);
            }
            flink = Optional.of(loadedFlink);
            calcite = Optional.of(loadedCalcite);
        }
        return ("flink-sql-parser " + flink.get() + "\ncalcite " + calcite.get())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The Implementation-Version of the jar that holds a class file, if it says. */
    private static Optional<String> manifestVersion(String classResource) {
        URL url = SqlAnalyzer.class.getResource(classResource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar && jar.getManifest() != null) {
                return Optional.ofNullable(
                        jar.getManifest().getMainAttributes().getValue("Implementation-Version"));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The class files of a package of this module (found beside the analyzer, in a folder or a
     * jar), sorted, as resource names.
     */
    private static List<String> classes(String packagePath) throws IOException {
        URL self = SqlAnalyzer.class.getResource("SqlAnalyzer.class");
        if (self == null) {
            throw new IOException("SqlAnalyzer.class is not a resource");
        }
        List<String> names = new ArrayList<>();
        URLConnection connection = self.openConnection();
        if (connection instanceof JarURLConnection jar) {
            JarFile file = jar.getJarFile();
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.startsWith(packagePath)
                        && name.endsWith(".class")
                        && name.indexOf('/', packagePath.length()) < 0) {
                    names.add(name);
                }
            }
        } else if (self.getProtocol().equals("file")) {
            Path folder;
            try {
                folder =
                        Path.of(self.toURI())
                                .getParent()
                                .resolveSibling(
                                        packagePath.substring(
                                                packagePath.lastIndexOf(
                                                                '/', packagePath.length() - 2)
                                                        + 1,
                                                packagePath.length() - 1));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".class"))
                        .forEach(n -> names.add(packagePath + n));
            }
        } else {
            throw new IOException("Cannot list the classes beside " + self);
        }
        Collections.sort(names);
        return names;
    }

    private static byte[] resource(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Missing class file " + name);
            }
            return in.readAllBytes();
        }
    }
}
