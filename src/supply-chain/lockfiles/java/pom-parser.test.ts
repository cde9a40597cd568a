import { LockfileError } from '../lockfile-parser.js';
import { lockfileInput } from '../npm/test-input.js';
import { pomXmlParser } from './pom-parser.js';

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>app</artifactId>
  <version>2.0.0</version>
  <properties>
    <jackson.version>2.17.0</jackson.version>
    <jackson.full>\${jackson.version}</jackson.full>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
    </plugins>
  </build>
  <dependencies>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
      <version>\${jackson.full}</version>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>5.10.2</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>com.example</groupId>
      <artifactId>app-core</artifactId>
      <version>\${project.version}</version>
    </dependency>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-api</artifactId>
    </dependency>
    <dependency>
      <groupId>io.netty</groupId>
      <artifactId>netty-handler</artifactId>
    </dependency>
    <dependency>
      <groupId>org.example</groupId>
      <artifactId>from-parent</artifactId>
      <version>\${parent.only.version}</version>
    </dependency>
  </dependencies>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.slf4j</groupId>
        <artifactId>slf4j-api</artifactId>
        <version>2.0.12</version>
      </dependency>
      <dependency>
        <groupId>io.netty</groupId>
        <artifactId>netty-bom</artifactId>
        <version>4.1.108.Final</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
`;

describe('pomXmlParser', () => {
  const packages = pomXmlParser.parse(lockfileInput('pom.xml', POM));

  it('reads project dependencies with literal, ${property}, project.version and managed versions', () => {
    expect(packages.map((p) => [p.purl, p.source.line])).toEqual([
      ['pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.0', 21],
      ['pkg:maven/org.junit.jupiter/junit-jupiter@5.10.2', 26],
      ['pkg:maven/com.example/app-core@2.0.0', 32],
      ['pkg:maven/org.slf4j/slf4j-api@2.0.12', 37],
    ]);
  });

  it('leaves out dependencies whose version lives in a parent POM or an imported BOM, and plugins', () => {
    const names = packages.map((p) => p.name);
    expect(names).not.toContain('io.netty:netty-handler');
    expect(names).not.toContain('org.example:from-parent');
    expect(names).not.toContain('org.apache.maven.plugins:maven-compiler-plugin');
  });

  it('marks test scope dev and every declared dependency direct', () => {
    expect(packages.map((p) => [p.name, p.dev, p.direct])).toEqual([
      ['com.fasterxml.jackson.core:jackson-databind', false, true],
      ['org.junit.jupiter:junit-jupiter', true, true],
      ['com.example:app-core', false, true],
      ['org.slf4j:slf4j-api', false, true],
    ]);
  });

  it('names the file and line of malformed XML', () => {
    const broken = '<project>\n  <dependencies>\n  </dependency>\n</project>\n';
    expect(() => pomXmlParser.parse(lockfileInput('svc/pom.xml', broken))).toThrow(LockfileError);
    expect(() => pomXmlParser.parse(lockfileInput('svc/pom.xml', broken))).toThrow(
      /^svc\/pom\.xml:3: invalid XML/,
    );
  });

  it('rejects XML that is not a POM', () => {
    expect(() => pomXmlParser.parse(lockfileInput('pom.xml', '<settings/>'))).toThrow(
      'pom.xml:1: no <project> element',
    );
  });
});
