import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
vi.mock('electron', () => import('../../support/fake-electron'));
import { fake, protocol } from '../../support/fake-electron';
import { appResponse, registerAppScheme, serveAppProtocol } from '../../../electron/window/app-protocol';

function pageDir(): string {
  const base = mkdtempSync(path.join(os.tmpdir(), 'plexus-protocol-'));
  writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  const page = path.join(base, 'renderer');
  mkdirSync(page);
  writeFileSync(path.join(page, 'index.html'), '<!doctype html><title>Plexus</title>');
  writeFileSync(path.join(page, 'app.js'), 'void 0;');
  return page;
}

describe('plexus:// protocol', () => {
  it('registers a standard, secure scheme and serves the page through it', async () => {
    fake.reset();
    registerAppScheme(protocol);
    expect(fake.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'plexus',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    serveAppProtocol(protocol as never, pageDir());
    const response = await fake.protocolHandlers.get('plexus')!({ url: 'plexus://app/index.html' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Plexus</title>');
  });

  it('sends the CSP and the right content type', async () => {
    const response = await appResponse(pageDir(), 'plexus://app/app.js');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['plexus://app/../secret.txt'],
    ['plexus://app/%2e%2e/secret.txt'],
    ['plexus://app/..%2fsecret.txt'],
    ['plexus://other/index.html'],
    ['plexus://app/missing.js'],
  ])('never serves %s', async (url) => {
    const response = await appResponse(pageDir(), url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('TOP SECRET');
  });
});
