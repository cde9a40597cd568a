export { blameLines, type LineAuthor } from './blame-lines.js';
export { changedPaths, type ChangedPaths, type ChangedPathsOptions } from './changed-paths.js';
export { checkoutBaseFiles, type CheckoutBaseFilesOptions } from './checkout-base-files.js';
export { headCommit, isGitRepository, isShallowRepository } from './repository.js';
