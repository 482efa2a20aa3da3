import pg from 'pg';
import type { LibraryEvent } from '../../../contract/api';
import { redactUrl } from './url';

/** The NOTIFY channel the facts trigger announces changes on (0001-team-library.sql). */
export const CHANGES_CHANNEL = 'briefing_changes';

/** The live connection's `application_name` (pg_stat_activity). */
export const LIVE_APPLICATION_NAME = 'briefing live updates';

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/**
 * What the app makes of the schema version read on the live connection: the refusal to show (a newer
 * app upgraded the library: the store stops using it), or undefined when this app knows the version.
 */
export type SchemaCheck = (version: number) => string | undefined;

/**
 * One LISTEN connection to the team library, kept open: each change a trigger announces is handed on as
 * a library event within the round trip, with no polling. When the connection drops (network gone,
 * server restarted) it says so and reconnects with growing pauses; the `connection` event after it is
 * back tells the app to re-read what it shows, since notifications sent meanwhile are lost.
 *
 * An upgrade of the schema (migratePg) is announced on the same channel (`{"kind":"schema"}`): the
 * version is read again and handed to `checkSchema`, as it is each time the connection is (re)made,
 * before the app is told it is live; a refusal goes out as a `connection` event that is not live.
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
    private readonly checkSchema: SchemaCheck = () => undefined,
  ) {}

  /** Reads the schema version on the live connection; the refusal to show, if any. */
  private async schemaRefusal(client: pg.Client): Promise<string | undefined> {
    try {
      const { rows } = await client.query<{ version: number }>('SELECT version FROM briefing_schema');
      return rows[0] ? this.checkSchema(rows[0].version) : undefined;
    } catch {
      // Unreadable here (the connection went, or the role lacks the grant): the store's own calls say why.
      return undefined;
    }
  }

  start(): void {
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.isStopped) return;
    // Named in pg_stat_activity, so an administrator (or a test) can tell the live connection apart.
    const client = new pg.Client({
      connectionString: this.url,
      keepAlive: true,
      application_name: LIVE_APPLICATION_NAME,
    });
    client.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      let event: LibraryEvent | { kind: 'schema' };
      try {
        event = JSON.parse(message.payload) as LibraryEvent | { kind: 'schema' };
      } catch {
        // Not ours (someone else NOTIFYing on the channel): nothing to hand on.
        return;
      }
      if (event.kind !== 'schema') return this.emit(event);
      // The schema was upgraded: read the version here (not trusting the payload) and stop if newer.
      void this.schemaRefusal(client).then((refusal) => {
        if (refusal) this.refused(refusal);
      });
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
    // Back (or first up): a newer app may have upgraded the library meanwhile; checked before "live".
    const refusal = await this.schemaRefusal(client);
    if (this.client !== client) return;
    if (refusal) return this.refused(refusal);
    this.isLive = true;
    this.emit({ kind: 'connection', isLive: true, message: `Live updates from ${redactUrl(this.url)}.` });
  }

  /** The library is not usable by this app (a newer schema): the windows are told, as when out of reach. */
  private refused(message: string): void {
    this.isLive = false;
    this.emit({ kind: 'connection', isLive: false, message: message.slice(0, 300) });
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
