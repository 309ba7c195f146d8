/** Settings kept between sessions in localStorage (the browser's or Electron's). */
import type { Settings } from '../state/settings';

const SETTINGS_KEY = 'plexus.settings';

export function saveSettings(settings: Settings): void {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage may be disabled (private mode): settings then last for the session only.
  }
}

export function loadSettingsRaw(): string | null {
  try {
    return localStorage.getItem(SETTINGS_KEY);
  } catch {
    return null;
  }
}
