import { describe, expect, it, vi } from 'vitest';
vi.mock('electron', () => import('../../support/fake-electron'));
import { fake, FakeWebContents, session, shell } from '../../support/fake-electron';
import {
  denyPermissions,
  hardenWebContents,
  isSafeExternalUrl,
  isTrustedUrl,
  secureWebPreferences,
} from '../../../electron/window/security';
import type { Session, WebContents } from 'electron';

describe('window security', () => {
  it.each([
    ['plexus://app/index.html', true],
    ['plexus://app/app.js?x=1#y', true],
    ['plexus://evil/index.html', false],
    ['file:///work/main/dist/renderer/index.html', false],
    ['https://app/index.html', false],
    ['http://127.0.0.1:5173/', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('trusts %j as our page: %s', (url, expected) => {
    expect(isTrustedUrl(url)).toBe(expected);
  });

  it.each([
    ['https://www.reuters.com/world/', true],
    ['http://example.org', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['ms-msdt:/id', false],
    ['plexus://app/index.html', false],
    ['', false],
  ])('opens %j externally: %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });

  it('uses the secure web preferences, with DevTools only in development', () => {
    for (const isDev of [true, false]) {
      expect(secureWebPreferences('/app/preload.js', isDev)).toMatchObject({
        preload: '/app/preload.js',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        allowRunningInsecureContent: false,
        devTools: isDev,
      });
    }
  });

  it('blocks navigation away from the page, opening web links in the browser', () => {
    fake.reset();
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, shell);
    expect(contents.navigate('will-navigate', 'plexus://app/index.html')).toBe(false);
    expect(contents.navigate('will-navigate', 'https://news.example/story')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'https://elsewhere.example')).toBe(true);
    expect(contents.navigate('will-attach-webview', 'https://x.example')).toBe(true);
    expect(fake.openedExternally).toEqual(['https://news.example/story']);
  });

  it('denies window.open and opens only http(s) links outside', () => {
    fake.reset();
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, shell);
    for (const url of ['https://a.example/', 'javascript:alert(1)', 'file:///c:/windows/system32/calc.exe']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.openedExternally).toEqual(['https://a.example/']);
  });

  it('refuses permission requests except sanitised clipboard writes', () => {
    fake.reset();
    denyPermissions(session.defaultSession as unknown as Session);
    const answers: Record<string, boolean> = {};
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
    ]) {
      fake.permissionRequestHandler!(null, permission, (granted) => (answers[permission] = granted));
    }
    expect(answers).toEqual({
      media: false,
      geolocation: false,
      notifications: false,
      'clipboard-read': false,
      'clipboard-sanitized-write': true,
    });
    expect(fake.permissionCheckHandler!(null, 'media')).toBe(false);
  });
});
