import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  BriefingApi,
  BriefingEvents,
  ExportProgress,
  ExportProgressChannel,
  LibraryEvent,
  LibraryEventsChannel,
} from '../contract/api';

// One function per channel, never a generic invoke: the renderer can reach exactly the contract.
// `satisfies` makes a missing or misspelt channel a type error.
const api = {
  'app:info': (input) => ipcRenderer.invoke('app:info', input),
  'sources:list': (input) => ipcRenderer.invoke('sources:list', input),
  'sources:create': (input) => ipcRenderer.invoke('sources:create', input),
  'sources:get': (input) => ipcRenderer.invoke('sources:get', input),
  'sources:update': (input) => ipcRenderer.invoke('sources:update', input),
  'facts:list': (input) => ipcRenderer.invoke('facts:list', input),
  'facts:create': (input) => ipcRenderer.invoke('facts:create', input),
  'facts:get': (input) => ipcRenderer.invoke('facts:get', input),
  'facts:update': (input) => ipcRenderer.invoke('facts:update', input),
  'facts:history': (input) => ipcRenderer.invoke('facts:history', input),
  'facts:delete': (input) => ipcRenderer.invoke('facts:delete', input),
  'facts:review-copy': (input) => ipcRenderer.invoke('facts:review-copy', input),
  'facts:search': (input) => ipcRenderer.invoke('facts:search', input),
  'collections:list': (input) => ipcRenderer.invoke('collections:list', input),
  'collections:save': (input) => ipcRenderer.invoke('collections:save', input),
  'collections:delete': (input) => ipcRenderer.invoke('collections:delete', input),
  'import:article-candidates': (input) => ipcRenderer.invoke('import:article-candidates', input),
  'import:article-cancel': (input) => ipcRenderer.invoke('import:article-cancel', input),
  'import:article-page': (input) => ipcRenderer.invoke('import:article-page', input),
  'import:article-prepare': (input) => ipcRenderer.invoke('import:article-prepare', input),
  'import:article': (input) => ipcRenderer.invoke('import:article', input),
  'import:sources-preview': (input) => ipcRenderer.invoke('import:sources-preview', input),
  'import:facts-preview': (input) => ipcRenderer.invoke('import:facts-preview', input),
  'import:sources': (input) => ipcRenderer.invoke('import:sources', input),
  'import:cancel': (input) => ipcRenderer.invoke('import:cancel', input),
  'import:facts': (input) => ipcRenderer.invoke('import:facts', input),
  'library:export': (input) => ipcRenderer.invoke('library:export', input),
  'store:stats': (input) => ipcRenderer.invoke('store:stats', input),
  'store:backup': (input) => ipcRenderer.invoke('store:backup', input),
  'store:auto-backups': (input) => ipcRenderer.invoke('store:auto-backups', input),
  'store:check-backup': (input) => ipcRenderer.invoke('store:check-backup', input),
  'store:restore': (input) => ipcRenderer.invoke('store:restore', input),
  'uploads:begin': (input) => ipcRenderer.invoke('uploads:begin', input),
  'uploads:append': (input) => ipcRenderer.invoke('uploads:append', input),
  'uploads:discard': (input) => ipcRenderer.invoke('uploads:discard', input),
  'templates:list': (input) => ipcRenderer.invoke('templates:list', input),
  'briefings:list': (input) => ipcRenderer.invoke('briefings:list', input),
  'briefings:create': (input) => ipcRenderer.invoke('briefings:create', input),
  'briefings:get': (input) => ipcRenderer.invoke('briefings:get', input),
  'briefings:update': (input) => ipcRenderer.invoke('briefings:update', input),
  'briefings:export': (input) => ipcRenderer.invoke('briefings:export', input),
  'briefings:export-both': (input) => ipcRenderer.invoke('briefings:export-both', input),
  'templates:validate': (input) => ipcRenderer.invoke('templates:validate', input),
  'templates:save': (input) => ipcRenderer.invoke('templates:save', input),
  'templates:export': (input) => ipcRenderer.invoke('templates:export', input),
  'templates:from-briefing': (input) => ipcRenderer.invoke('templates:from-briefing', input),
  'settings:get': (input) => ipcRenderer.invoke('settings:get', input),
  'settings:update': (input) => ipcRenderer.invoke('settings:update', input),
  'team:status': (input) => ipcRenderer.invoke('team:status', input),
  'team:connect': (input) => ipcRenderer.invoke('team:connect', input),
  'team:disconnect': (input) => ipcRenderer.invoke('team:disconnect', input),
  'briefings:duplicate': (input) => ipcRenderer.invoke('briefings:duplicate', input),
  'briefings:switch-template': (input) => ipcRenderer.invoke('briefings:switch-template', input),
  'briefings:delete': (input) => ipcRenderer.invoke('briefings:delete', input),
  'briefings:restore': (input) => ipcRenderer.invoke('briefings:restore', input),
  'briefings:check': (input) => ipcRenderer.invoke('briefings:check', input),
  'briefings:preview': (input) => ipcRenderer.invoke('briefings:preview', input),
  'briefings:export-file': (input) => ipcRenderer.invoke('briefings:export-file', input),
  'briefings:import-file': (input) => ipcRenderer.invoke('briefings:import-file', input),
} satisfies BriefingApi;

// Events the main process pushes: one subscribe function per event channel, which hands the page the
// event's data only (never the IPC event or ipcRenderer) and returns the function that unsubscribes.
// A type, not an import, names the channel: the preload bundle stays free of the contract's schemas.
const exportProgress: ExportProgressChannel = 'events:export-progress';
const libraryEvents: LibraryEventsChannel = 'events:library';
const events = {
  onExportProgress: (listener) => {
    const forward = (_event: IpcRendererEvent, progress: ExportProgress) => listener(progress);
    ipcRenderer.on(exportProgress, forward);
    return () => {
      ipcRenderer.removeListener(exportProgress, forward);
    };
  },
  onLibraryEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, change: LibraryEvent) => listener(change);
    ipcRenderer.on(libraryEvents, forward);
    return () => {
      ipcRenderer.removeListener(libraryEvents, forward);
    };
  },
} satisfies BriefingEvents;

contextBridge.exposeInMainWorld('briefing', api);
contextBridge.exposeInMainWorld('briefingEvents', events);
