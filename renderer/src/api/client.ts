import type {
  BriefingApi,
  Channel,
  ChannelInput,
  ChannelOutput,
  Result,
} from '../../../electron/contract/api';
import type { AppErrorData } from '../../../electron/core/errors';

declare global {
  interface Window {
    /** Present in Electron: the preload bridge. */
    briefing?: BriefingApi;
  }
}

/** An API failure the UI can show: `message` says what to fix, `path` names the field. */
export class ApiError extends Error {
  readonly code: string;
  readonly path: string | undefined;
  readonly issues: NonNullable<AppErrorData['issues']>;
  constructor(data: AppErrorData) {
    super(data.message);
    this.code = data.code;
    this.path = data.path;
    this.issues = data.issues ?? (data.path ? [{ path: data.path, message: data.message }] : []);
  }
}

const TOKEN_KEY = 'briefing-token';

/** Browser mode: the token arrives in the URL fragment once; keep it for reloads and hide it from the address bar. */
function browserToken(): string {
  const match = /token=([0-9a-f]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpApi(): BriefingApi {
  const token = browserToken();
  const post = async (channel: string, input: unknown): Promise<Result<unknown>> => {
    const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
    if (!res.ok) {
      const text = await res.text();
      return {
        ok: false,
        error: { code: `http_${res.status}`, message: `The app server refused the request: ${text}` },
      };
    }
    return (await res.json()) as Result<unknown>;
  };
  // Every property is a channel caller; the contract type keeps call sites honest.
  return new Proxy({} as BriefingApi, {
    get: (_target, channel) => (input: unknown) => post(String(channel), input),
  });
}

const api: BriefingApi = window.briefing ?? httpApi();

/** Calls a channel and returns its value, or throws {@link ApiError}. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const fn = api[channel] as (i: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  let result: Result<ChannelOutput<C>>;
  try {
    result = await fn(input);
  } catch (error) {
    throw new ApiError({
      code: 'unreachable',
      message: `Could not reach the app: ${(error as Error).message}`,
    });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export const isElectron = window.briefing !== undefined;
