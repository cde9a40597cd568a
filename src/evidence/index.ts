export { AuditLog, hashAuditEvent, serialiseAuditLog, type AuditLogOptions } from './audit-log.js';
export { BundleFile, EVIDENCE_SCHEMA_VERSION } from './bundle-files.js';
export { canonicalJson, stableJson } from './canonical-json.js';
export type { Manifest, ManifestEntry } from './manifest.js';
export type { RunOutcome, RunRecord, RunResult } from './run-record.js';
export {
  blobUrl,
  GITHUB_COMMENT_MAX_CHARS,
  renderPullRequestComment,
  type PullRequestCommentOptions,
} from './pr-comment-markdown.js';
export { SARIF_FINGERPRINT_KEY, toSarif } from './sarif.js';
export { soc2Criteria, type CriterionRow, type CriterionStatus } from './soc2-criteria.js';
export { renderStepSummary, type SummaryOptions } from './summary-markdown.js';
export { verifyEvidenceBundle, type VerifyReport } from './verify-bundle.js';
export { writeEvidenceBundle, type BundleAttachment, type EvidenceBundle } from './write-bundle.js';
