import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, EXPORT_PROGRESS_CHANNEL, type ExportProgress, type Handlers } from '../contract/api';
import { dispatch } from '../contract/dispatch';

/**
 * Registers one `ipcMain.handle` per contract channel. Calls from any frame but our own window's
 * top frame are refused; inputs are parsed with the contract's schema inside `dispatch`. Progress
 * events of a call (checked by `dispatch`) go to the web contents that made it and nowhere else, on
 * the one event channel the preload listens to.
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
      const sender = event.sender;
      const progress = (update: ExportProgress) => {
        if (!sender.isDestroyed()) sender.send(EXPORT_PROGRESS_CHANNEL, update);
      };
      return dispatch(handlers, channel, input, { progress });
    });
  }
}
