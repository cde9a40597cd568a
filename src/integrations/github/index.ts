export { lookupActor, type ActorLookup } from './actor-lookup.js';
export { actorTypeFromGitHubType, actorTypeFromLogin } from './actor-type.js';
export {
  ANNOTATION_LIMITS,
  emitAnnotations,
  type AnnotatedFinding,
  type AnnotationCounts,
} from './annotations.js';
export { readEventPayload } from './event-payload.js';
export {
  evidenceArtifactName,
  uploadEvidenceArtifact,
  type EvidenceUploadInput,
  type UploadedArtifact,
} from './evidence-artifact.js';
export * from './pull-request/index.js';
export { resolveRunContext, type ResolvedRunContext } from './resolve-run-context.js';
export {
  actorIdFromPayload,
  currentHost,
  DEFAULT_GITHUB_API_URL,
  DEFAULT_GITHUB_SERVER_URL,
  LOCAL_ACTOR_LOGIN,
  LOCAL_REPOSITORY,
  readRunContext,
  type HostFacts,
  type RunContextDraft,
} from './run-context.js';
export {
  fetchPullRequestDetails,
  pullRequestDetailsFromPayload,
  type PullRequestDetails,
} from './pull-request-details.js';
