import { contextBridge, ipcRenderer } from 'electron';
import type { BriefingApi } from '../contract/api';

// One function per channel, never a generic invoke: the renderer can reach exactly the contract.
// `satisfies` makes a missing or misspelt channel a type error.
const api = {
  'app:info': (input) => ipcRenderer.invoke('app:info', input),
  'sources:list': (input) => ipcRenderer.invoke('sources:list', input),
  'sources:create': (input) => ipcRenderer.invoke('sources:create', input),
  'facts:list': (input) => ipcRenderer.invoke('facts:list', input),
  'facts:create': (input) => ipcRenderer.invoke('facts:create', input),
  'templates:list': (input) => ipcRenderer.invoke('templates:list', input),
  'briefings:list': (input) => ipcRenderer.invoke('briefings:list', input),
  'briefings:create': (input) => ipcRenderer.invoke('briefings:create', input),
  'briefings:get': (input) => ipcRenderer.invoke('briefings:get', input),
  'briefings:update': (input) => ipcRenderer.invoke('briefings:update', input),
  'briefings:export': (input) => ipcRenderer.invoke('briefings:export', input),
} satisfies BriefingApi;

contextBridge.exposeInMainWorld('briefing', api);
