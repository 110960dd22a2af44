# Build stage: compiles the server with Maven (tests run in CI, not in the image build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q package -DskipTests

# Run stage: a JRE and the server, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 rbd
WORKDIR /app
COPY --from=build /src/target/rbd-workflow-*.jar /app/rbd-workflow.jar
USER rbd
EXPOSE 8080
# The parallel collector: on the two cores the server is sized for, G1's concurrent work and
# write barriers cost 12-15 % of a form submission's JVM time (docs/performance.md, change 27);
# the live heap is small (~90 MB), so its young-generation pauses stay short.
# The benchmark runs the server with the same collector (pom.xml, profile bench).
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC", "-jar", "/app/rbd-workflow.jar"]
