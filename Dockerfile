# Multi-stage build on official images: Maven builds the jar (Java 17 bytecode), a Java 25 JRE runs it
# with the rules folder beside it (so policy staff can mount their own rules over /app/rules and reload
# without a rebuild) and an AOT cache made by a training run at build time (faster start; see BENCHMARKS.md).
#   docker build -t declaration-checker .
#   docker run -p 8080:8080 -e CHECKER_ADMIN_PASSWORD=change-me declaration-checker
#   docker run -v "$PWD/rules:/app/rules" -p 8080:8080 declaration-checker     # your own rules
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY rules rules
COPY fixtures fixtures
# -Paot: the jar also carries Spring's ahead-of-time bean definitions (used with -Dspring.aot.enabled=true)
RUN mvn -B -q package -DskipTests -Paot

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/target/declaration-checker.jar /tmp/declaration-checker.jar
# Unpacked into the application jar and lib/: an AOT cache holds classes of plain jar files, not of
# jars nested in a jar.
RUN java -Djarmode=tools -jar /tmp/declaration-checker.jar extract --destination /app/checker \
    && rm /tmp/declaration-checker.jar
COPY rules /app/rules
ENV CHECKER_RULES_DIR=/app/rules XDG_CACHE_HOME=/app/cache LANG=C.UTF-8
# Training run (JEP 483/514/515): the service starts once, up to a running context (rules compiled,
# every fixture checked), then exits; the JVM writes the classes it loaded and linked and the
# methods' profiles to an AOT cache that every start maps instead of redoing that work. The run also
# leaves the passed fixture trial in /app/cache, so a start with the rules as built skips the trial
# (mounted rules of your own are tried as usual). A JVM that cannot use the cache warns and starts without it.
# The training run keeps its history in memory, so the image ships no database; the service's default
# H2 history lives in /app/data, writable by the service's user (mount a volume there to keep it, or set
# SPRING_DATASOURCE_URL to a PostgreSQL, as deploy/ does).
RUN java -XX:AOTCacheOutput=/app/checker/app.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
        -Dspring.datasource.url=jdbc:h2:mem:training -jar /app/checker/declaration-checker.jar \
    && mkdir -p /app/cache /app/data && chown -R 1000 /app/cache /app/data
EXPOSE 8080
USER 1000
# Liveness probe without curl (the JRE image has none): bash's /dev/tcp speaks the HTTP request.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["bash", "-c", \
  "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-XX:AOTCache=/app/checker/app.aot", "-Dspring.aot.enabled=true", "-jar", "/app/checker/declaration-checker.jar"]
