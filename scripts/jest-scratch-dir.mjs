// Jest globalSetup/globalTeardown: every temporary directory the tests (and the dist/ processes they
// start) create goes under one scratch folder, removed when the run ends, so `npm test` leaves no
// trace in the system temp directory. Tests keep calling os.tmpdir(); TMPDIR points it here.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export async function setup() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'soc2-scan-tests-'));
  process.env.SOC2_SCAN_TEST_SCRATCH = scratch;
  process.env.TMPDIR = scratch;
}

export async function teardown() {
  const scratch = process.env.SOC2_SCAN_TEST_SCRATCH;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
