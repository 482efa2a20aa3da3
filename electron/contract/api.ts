import { z } from 'zod';
import type { AppErrorData } from '../core/errors';
import {
  Briefing,
  BriefingContent,
  BriefingCreate,
  ExportFormat,
  Fact,
  FactInput,
  Id,
  Source,
  SourceInput,
  Template,
} from '../core/schemas';

const none = z.strictObject({});
const byId = z.strictObject({ id: Id });

export const BriefingSummary = z.object({
  id: Id,
  title: z.string(),
  templateId: z.string(),
  date: z.string(),
  classification: z.string(),
  updatedAt: z.string(),
});
export type BriefingSummary = z.infer<typeof BriefingSummary>;

export const ExportResult = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** The document bytes, base64-encoded so the same result crosses IPC and HTTP. */
  dataBase64: z.string(),
  noteCount: z.int().nonnegative(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const AppInfo = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * THE API between the renderer and the services: every channel with the schema of its input and
 * output. The Electron IPC layer, the preload bridge, the browser host and the renderer client are all
 * typed from this map; inputs are parsed with `input` wherever they cross a process boundary.
 */
export const contract = {
  'app:info': { input: none, output: AppInfo },
  'sources:list': { input: none, output: z.array(Source) },
  'sources:create': { input: SourceInput, output: Source },
  'facts:list': { input: none, output: z.array(Fact) },
  'facts:create': { input: FactInput, output: Fact },
  'templates:list': { input: none, output: z.array(Template) },
  'briefings:list': { input: none, output: z.array(BriefingSummary) },
  'briefings:create': { input: BriefingCreate, output: Briefing },
  'briefings:get': { input: byId, output: Briefing },
  'briefings:update': { input: z.strictObject({ id: Id, content: BriefingContent }), output: Briefing },
  'briefings:export': { input: z.strictObject({ id: Id, format: ExportFormat }), output: ExportResult },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

/** What a caller passes on a channel (before parsing: defaults may be omitted). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives on a channel (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
/** What a channel returns. */
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** Every call answers with a value or a readable error; nothing is thrown across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** The API as the renderer sees it, whether over Electron IPC (`window.briefing`) or HTTP. */
export type BriefingApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/** Service-side implementation of every channel. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/** Type guard for channel names arriving from outside (HTTP paths, IPC). */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
