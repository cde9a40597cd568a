import { ConfigError } from '../../model/index.js';
import { LocatedYaml } from './located-yaml.js';
import {
  DEFAULT_POLICY_FILE,
  defaultPolicySettings,
  policyFileSchema,
  toPolicySettings,
  type PolicySettings,
} from './policy-schema.js';
import { readConfigFile } from './read-config-file.js';
import { parseLocated } from './schema-problem.js';

export interface LoadedPolicy {
  /** Relative to the workspace with `/` separators; null when no file was used (defaults). */
  path: string | null;
  /** SHA-256 of the file's raw bytes; null with defaults. */
  sha256: string | null;
  settings: PolicySettings;
}

/**
 * Reads the policy file: the one the user asked for (it must exist), else `.soc2-scan.yml` at the
 * workspace root when present, else the schema's defaults.
 */
export async function loadPolicyFile(workspace: string, requestedPath: string | null): Promise<LoadedPolicy> {
  const requested = requestedPath?.trim() || null;
  const file = await readConfigFile(workspace, requested ?? DEFAULT_POLICY_FILE, "input 'policy'");
  if (!file) {
    if (requested) {
      throw new ConfigError(`policy file ${requested} does not exist`, { field: "input 'policy'" });
    }
    return { path: null, sha256: null, settings: defaultPolicySettings() };
  }
  return {
    path: file.relativePath,
    sha256: file.sha256,
    settings: parsePolicyText(file.relativePath, file.text),
  };
}

/** Validates policy YAML; every problem is a ConfigError naming the file, line and field. */
export function parsePolicyText(file: string, text: string): PolicySettings {
  const source = new LocatedYaml(file, text);
  if (source.value === undefined || source.value === null) {
    throw new ConfigError("the policy file is empty; it needs at least 'version: 1'", {
      file,
      line: 1,
      field: 'version',
    });
  }
  if (typeof source.value !== 'object' || Array.isArray(source.value)) {
    source.fail("the policy file must be a mapping of fields (starting with 'version: 1')", []);
  }
  const parsed = parseLocated(policyFileSchema, source);
  return toPolicySettings(parsed, (index) => source.lineOf(['rules', index]));
}
