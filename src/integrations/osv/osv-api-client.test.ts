import type { DependencyPackage, Ecosystem } from '../../model/index.js';
import { matchVulnerabilities } from '../../supply-chain/vulnerabilities/index.js';
import { startOsvApi, type OsvApiServer, type ServedRecord } from '../../../__tests__/servers/osv-api.js';
import { fetchOsvDatabase } from './osv-api-client.js';

function pkg(ecosystem: Ecosystem, name: string, version: string): DependencyPackage {
  return {
    ecosystem,
    name,
    version,
    purl: `pkg:${ecosystem.toLowerCase()}/${name}@${version}`,
    direct: true,
    dev: false,
    license: null,
    hashes: {},
    source: { file: 'package-lock.json', line: 1 },
    dependsOn: [],
  };
}

const records: ServedRecord[] = [
  {
    id: 'GHSA-aaaa-bbbb-cccc',
    modified: '2025-01-01T00:00:00Z',
    aliases: ['CVE-2025-0001'],
    affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, versions: ['4.17.20'] }],
    database_specific: { severity: 'HIGH' },
  },
  {
    id: 'GHSA-dddd-eeee-ffff',
    modified: '2025-02-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, versions: ['4.17.20'] }],
  },
  {
    id: 'MAL-2025-1',
    modified: '2025-03-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'PyPI', name: 'evil-pkg' }, versions: ['1.0.0'] }],
  },
];

describe('OSV API client', () => {
  let api: OsvApiServer;
  beforeEach(async () => {
    api = await startOsvApi(records, { pageSize: 1 });
  });
  afterEach(async () => {
    await api.close();
  });

  it('asks querybatch for the packages, follows page tokens, and fetches each record once', async () => {
    const packages = [
      pkg('npm', 'lodash', '4.17.20'),
      pkg('npm', 'lodash', '4.17.20'),
      pkg('PyPI', 'evil-pkg', '1.0.0'),
    ];
    const database = await fetchOsvDatabase(packages, { apiUrl: api.url });
    expect(database.size).toBe(3);
    const batches = api.requests.filter((request) => request.path === '/v1/querybatch');
    const firstQueries = JSON.parse(batches[0].body.toString('utf8')).queries;
    expect(firstQueries).toEqual([
      { package: { ecosystem: 'npm', name: 'lodash' }, version: '4.17.20' },
      { package: { ecosystem: 'PyPI', name: 'evil-pkg' }, version: '1.0.0' },
    ]);
    expect(JSON.parse(batches[1].body.toString('utf8')).queries[0].page_token).toBe('1');
    const fetched = api.requests
      .filter((request) => request.path.startsWith('/v1/vulns/'))
      .map((r) => r.path);
    expect(fetched).toEqual([
      '/v1/vulns/GHSA-aaaa-bbbb-cccc',
      '/v1/vulns/GHSA-dddd-eeee-ffff',
      '/v1/vulns/MAL-2025-1',
    ]);
    const matches = matchVulnerabilities(packages.slice(1), database);
    expect(matches.map((match) => [match.package.name, match.malicious, match.severity]).sort()).toEqual([
      ['evil-pkg', true, 'critical'],
      ['lodash', false, 'high'],
      ['lodash', false, 'medium'],
    ]);
  });

  it('sends queries in batches of the configured size', async () => {
    const packages = ['a', 'b', 'c'].map((name) => pkg('npm', name, '1.0.0'));
    await fetchOsvDatabase(packages, { apiUrl: api.url, batchSize: 2 });
    const sizes = api.requests
      .filter((request) => request.path === '/v1/querybatch')
      .map((request) => JSON.parse(request.body.toString('utf8')).queries.length);
    expect(sizes).toEqual([2, 1]);
  });

  it('retries a 429 after Retry-After and then succeeds', async () => {
    api.throttleNext(2, 0);
    const database = await fetchOsvDatabase([pkg('PyPI', 'evil-pkg', '1.0.0')], { apiUrl: api.url });
    expect(database.size).toBe(1);
    expect(api.requests.filter((request) => request.path === '/v1/querybatch')).toHaveLength(3);
  });

  it('fails closed, naming the URL, when the API stays unavailable', async () => {
    api.failWith(503);
    await expect(
      fetchOsvDatabase([pkg('npm', 'lodash', '4.17.20')], { apiUrl: api.url, attempts: 3, maxDelayMs: 10 }),
    ).rejects.toThrow(/\/v1\/querybatch: OSV API request failed after retries: HTTP 503/);
    expect(api.requests).toHaveLength(3);
  });
});
