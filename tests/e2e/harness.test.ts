/** The e2e harness itself: a missing browser must fail loudly with the fix, never skip. */
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath } from './helpers';

describe('browser discovery', () => {
  const saved = process.env.PLEXUS_CHROMIUM;
  afterEach(() => {
    if (saved === undefined) delete process.env.PLEXUS_CHROMIUM;
    else process.env.PLEXUS_CHROMIUM = saved;
  });

  it('names the fix when Chromium is missing', () => {
    process.env.PLEXUS_CHROMIUM = '/nonexistent/chromium';
    expect(() => chromiumPath()).toThrow(
      expect.objectContaining({
        name: 'BrowserMissingError',
        message: expect.stringContaining('apt-get install -y chromium'),
      }),
    );
  });

  it('uses PLEXUS_CHROMIUM when it points at a browser', () => {
    process.env.PLEXUS_CHROMIUM = process.execPath; // any existing executable stands in
    expect(chromiumPath()).toBe(process.execPath);
  });
});
