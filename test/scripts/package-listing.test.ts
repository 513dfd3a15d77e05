// The store listings say what the manifest does: same name and description, a justification for every permission
// it asks for and none for a permission it does not, within the stores' length limits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const listing = JSON.parse(readFileSync(join(root, 'store/listing.json'), 'utf8'));

describe('store listing', () => {
  it('uses the manifest’s name and description', () => {
    expect(listing.name).toBe(manifest.name);
    expect(listing.shortDescription).toBe(manifest.description);
  });

  it('fits the stores’ limits (Chrome: name 75, summary 132; AMO: summary 250)', () => {
    expect(listing.name.length).toBeLessThanOrEqual(75);
    expect(listing.shortDescription.length).toBeLessThanOrEqual(132);
    expect(listing.amoSummary.length).toBeLessThanOrEqual(250);
  });

  it('justifies exactly the permissions the manifest asks for', () => {
    expect(Object.keys(listing.permissions).sort()).toEqual([...manifest.permissions].sort());
    expect(Object.keys(listing.optionalHostPermissions).sort()).toEqual([...(manifest.optional_host_permissions ?? [])].sort());
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const text of [...Object.values(listing.permissions), ...Object.values(listing.optionalHostPermissions)]) expect(String(text).length).toBeGreaterThan(40);
  });

  it('declares no data collected, as the manifest does for Firefox', () => {
    expect(listing.dataUse.collected).toEqual([]);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
  });

  it('has a privacy policy page and a long description in the repository', () => {
    const policy = readFileSync(join(root, 'store', listing.privacyPolicy), 'utf8');
    expect(policy).toMatch(/<h1>Lede privacy policy<\/h1>/);
    expect(readFileSync(join(root, 'store/long-description.md'), 'utf8').length).toBeGreaterThan(500);
  });
});
