import type { IpcMainInvokeEvent } from 'electron';

/** The parts of an IPC event the sender check reads (structural, so tests fake it without Electron). */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender'> & {
  senderFrame: { parent: unknown; url: string } | null;
};

/**
 * True only for calls from the top frame of our own window showing the app's page. Subframes, other
 * windows, a destroyed frame (null) or a page navigated elsewhere are refused. The hash is ignored
 * (the renderer uses it for its own routing); a query string is not.
 */
export function isTrustedSender(
  event: SenderEvent,
  mainContents: IpcMainInvokeEvent['sender'] | null | undefined,
  appUrl: string,
): boolean {
  const frame = event.senderFrame;
  if (!mainContents || event.sender !== mainContents || frame === null) return false;
  if (frame.parent !== null) return false;
  const hash = frame.url.indexOf('#');
  return (hash === -1 ? frame.url : frame.url.slice(0, hash)) === appUrl;
}
