import { z } from 'zod';
import { AppError, fromZodError, toErrorData } from '../core/errors';
import { contract, isChannel, type Channel, type Handlers, type Result } from './api';

/**
 * Validates an untrusted call against the contract and runs its handler. The single entry point used
 * by Electron IPC and the browser host alike, so both enforce the same rules.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  try {
    if (!isChannel(channel)) throw new AppError('unknown_channel', `Unknown API call "${channel}".`);
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw fromZodError(parsed.error);
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value: unknown = await handler(parsed.data);
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
