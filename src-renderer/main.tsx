/**
 * Renderer entry, kept small: it starts reading the map index from IndexedDB, then loads the
 * app (start-app.tsx), so the read overlaps the download and compilation of the app's code.
 */
import { startEarlyIndexRead } from './db/early-read';
import './styles.css';

startEarlyIndexRead();
void import('./start-app');
