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
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-XX:MaxRAMPercentage=75", "-jar", "/app/rbd-workflow.jar"]
