/**
 * Entry point of the page bundle. The same file also runs as the layout Web Worker (canvas/force.ts):
 * a worker has no `document`, so it starts the force-layout service instead of the app.
 */
import './styles/app.css';
import { startForceWorker } from './canvas/force';
import { startApp } from './app/bootstrap';

if (typeof document === 'undefined') {
  startForceWorker(self as unknown as Parameters<typeof startForceWorker>[0]);
} else {
  // Captured now: `currentScript` is only set while the script first runs.
  const workerUrl = (document.currentScript as HTMLScriptElement | null)?.src;
  const start = () => startApp(document.getElementById('app')!, workerUrl);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
