export { gradleLockfileParser } from './gradle-lockfile-parser.js';
export { pomXmlParser } from './pom-parser.js';
