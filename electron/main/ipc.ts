import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, type Handlers } from '../contract/api';
import { dispatch } from '../contract/dispatch';

/**
 * Registers one `ipcMain.handle` per contract channel. Calls from any frame but our own window's
 * top frame are refused; inputs are parsed with the contract's schema inside `dispatch`.
 */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  handlers: Handlers,
  isTrustedSender: (e: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This window may not use the Briefing Builder API.' },
        };
      }
      return dispatch(handlers, channel, input);
    });
  }
}
