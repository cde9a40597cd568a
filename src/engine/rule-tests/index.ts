export { runRuleTests } from './run-rule-tests.js';
export {
  formatRuleTestReport,
  type RuleTestFailure,
  type RuleTestFailureKind,
  type RuleTestReport,
} from './report.js';
export { parseTestAnnotations, type AnnotationKind, type TestAnnotation } from './annotations.js';
