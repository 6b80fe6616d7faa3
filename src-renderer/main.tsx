/**
 * Renderer entry, kept small: it starts reading the map index from IndexedDB, then loads the
 * app (start-app.tsx), so the read overlaps the download and compilation of the app's code.
 * The app is asked for once the database has opened and the read is under way (or after
 * ASK_WAIT_MS at most): opening needs this thread for a moment, and running the app's code
 * first would hold the open's answer, and so the read, until the code has run.
 */
import { startEarlyIndexRead } from './db/early-read';
import './styles.css';

const ASK_WAIT_MS = 50;

void Promise.race([startEarlyIndexRead(), new Promise((r) => setTimeout(r, ASK_WAIT_MS))]).then(
  () => import('./start-app'),
);
