import { z } from 'zod';
import { AppError, fromZodError, toErrorData } from '../core/errors';
import {
  contract,
  ExportProgress,
  isChannel,
  type CallContext,
  type Channel,
  type Handlers,
  type Result,
} from './api';

/**
 * The progress sink a handler gets: each event is checked against the contract and must carry the
 * `exportId` the caller gave, so a host only ever forwards well-formed events of the caller's own
 * call. Without an `exportId` (or without a listener) there is nothing to send to.
 */
function progressFor(
  channel: Channel,
  input: unknown,
  send: CallContext['progress'],
): CallContext['progress'] {
  const exportId =
    typeof input === 'object' && input !== null && 'exportId' in input ? input.exportId : undefined;
  if (!send || typeof exportId !== 'string') return undefined;
  return (event) => {
    const checked = ExportProgress.safeParse(event);
    if (!checked.success || checked.data.exportId !== exportId) {
      console.error(`[${channel}] dropped an invalid progress event`, checked.error ?? event);
      return;
    }
    send(checked.data);
  };
}

/**
 * Validates an untrusted call against the contract and runs its handler. The single entry point used
 * by Electron IPC and the browser host alike, so both enforce the same rules.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  context: CallContext = {},
): Promise<Result<unknown>> {
  try {
    if (!isChannel(channel)) throw new AppError('unknown_channel', `Unknown API call "${channel}".`);
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw fromZodError(parsed.error);
    const handler = handlers[channel] as (input: unknown, context: CallContext) => unknown;
    const progress = progressFor(channel, parsed.data, context.progress);
    const value: unknown = await handler(parsed.data, progress ? { progress } : {});
    // Outputs are checked too: a handler that drifts from the contract fails loudly, not in the UI.
    const out = (spec.output as z.ZodType).safeParse(value);
    if (!out.success)
      throw new AppError('internal', `The app produced an invalid answer for ${channel as Channel}.`);
    return { ok: true, value: out.data };
  } catch (error) {
    if (error instanceof z.ZodError) return { ok: false, error: fromZodError(error).toData() };
    const data = toErrorData(error);
    if (data.code === 'internal') console.error(`[${channel}]`, error);
    return { ok: false, error: data };
  }
}
