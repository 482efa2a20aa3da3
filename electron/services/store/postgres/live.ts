import pg from 'pg';
import type { LibraryEvent } from '../../../contract/api';
import { redactUrl } from './url';

/** The NOTIFY channel the facts trigger announces changes on (0001-team-library.sql). */
export const CHANGES_CHANNEL = 'briefing_changes';

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/**
 * One LISTEN connection to the team library, kept open: each change a trigger announces is handed on as
 * a library event within the round trip, with no polling. When the connection drops (network gone,
 * server restarted) it says so and reconnects with growing pauses; the `connection` event after it is
 * back tells the app to re-read what it shows, since notifications sent meanwhile are lost.
 */
export class PgListener {
  private client: pg.Client | undefined;
  private isStopped = false;
  private isLive = false;
  private retryMs = FIRST_RETRY_MS;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly emit: (event: LibraryEvent) => void,
  ) {}

  start(): void {
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.isStopped) return;
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      try {
        this.emit(JSON.parse(message.payload) as LibraryEvent);
      } catch {
        // Not ours (someone else NOTIFYing on the channel): nothing to hand on.
      }
    });
    const lost = (reason: string) => {
      if (this.client !== client) return;
      this.client = undefined;
      client.removeAllListeners('end');
      void client.end().catch(() => undefined);
      this.dropped(reason);
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('the connection closed'));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      this.dropped((error as Error).message);
      return;
    }
    if (this.isStopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    this.isLive = true;
    this.emit({ kind: 'connection', isLive: true, message: `Live updates from ${redactUrl(this.url)}.` });
  }

  private dropped(reason: string): void {
    if (this.isStopped) return;
    if (this.isLive || this.retryMs === FIRST_RETRY_MS)
      this.emit({
        kind: 'connection',
        isLive: false,
        message: `The team library is out of reach (${reason.slice(0, 120)}); retrying. Your copies of cited facts still work.`,
      });
    this.isLive = false;
    this.timer = setTimeout(() => void this.connect(), this.retryMs);
    this.timer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
  }
}
