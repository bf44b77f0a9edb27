# Multi-stage build on official images: Maven builds the jar, a JRE runs it with the rules folder
# beside it (so policy staff can mount their own rules over /app/rules and reload without a rebuild).
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
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/declaration-checker.jar /app/declaration-checker.jar
COPY rules /app/rules
ENV CHECKER_RULES_DIR=/app/rules
EXPOSE 8080
USER 1000
# Liveness probe without curl (the JRE image has none): bash's /dev/tcp speaks the HTTP request.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["bash", "-c", \
  "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/declaration-checker.jar"]
